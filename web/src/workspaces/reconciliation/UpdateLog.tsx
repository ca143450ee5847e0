import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useInventoryUpdateLog, usePublishUpdateLog } from '../../api/reconciliation';
import type { ResponseOf } from '../../api/types';
import { useMay } from '../../auth/roles';
import { Alert, Button, Card, DataTable, formatDateTime, formatQuantity, ProblemAlert, TextField, type Column } from '../../ui';
import { onHandHref } from '../../app/stock-links';
import { signed } from './drift-words';
import { i18n, useTranslation } from '../../i18n';

type Entry = ResponseOf<'/api/v1/source-systems/{sourceSystemId}/inventory-update-log', 'get'>['items'][number];

const DOCUMENTS = ['ShipmentReceipt', 'ShipmentPackingSlip', 'CountingJournal'] as const;
const LIMIT = 50;

function columns(): Column<Entry>[] {
  const t = i18n.getFixedT(null, 'reconciliation');
  return [
  { header: t('updateLog.sequence'), numeric: true, cell: (e) => e.sequence },
  { header: t('updateLog.happened'), cell: (e) => formatDateTime(e.transactionTime) },
  {
    header: t('updateLog.causedBy'),
    cell: (e) => (
      <>
        {e.referenceCategory} <strong>{e.referenceId}</strong>
      </>
    ),
  },
  {
    header: t('updateLog.item'),
    cell: (e) => (
      <Link to={onHandHref({ itemNumber: e.itemNumber, warehouseId: e.warehouseId })} aria-label={t('reportLines.onHandNow', { item: `${e.sourceSystemItemNumber} (${e.itemNumber})` })}>
        {e.sourceSystemItemNumber} ({e.itemNumber})
      </Link>
    ),
  },
  { header: t('updateLog.where'), cell: (e) => [e.warehouseId, e.locationId, e.licensePlateId].filter(Boolean).join(' / ') },
  { header: t('updateLog.status'), cell: (e) => e.inventoryStatusId },
  { header: t('updateLog.owner'), cell: (e) => (e.sourceSystemInventoryOwnerId ? `${e.inventoryOwnerId} (${e.sourceSystemInventoryOwnerId})` : e.inventoryOwnerId) },
  { header: t('updateLog.quantity'), numeric: true, cell: (e) => signed(formatQuantity(e.handlingQuantity, e.handlingQuantityUnitSymbol), e.handlingQuantity) },
  { header: t('updateLog.alsoReportedBy'), cell: (e) => e.alsoReportedBy ?? '—' },
  { header: t('updateLog.publishedAt'), cell: (e) => formatDateTime(e.publishedAt) },
  ];
}

/** The warehouse inventory update log as the source system reads it: after a cursor, oldest first. */
export function UpdateLog({ sourceSystemId }: { sourceSystemId: string }) {
  const { t } = useTranslation('reconciliation');
  const mayPublish = useMay('integration_operator');
  const [afterText, setAfterText] = useState('0');
  const [skip, setSkip] = useState<string[]>([]);
  const [read, setRead] = useState({ after: 0, skip: [] as string[] });
  const log = useInventoryUpdateLog(sourceSystemId, { after: read.after, limit: LIMIT, ...(read.skip.length > 0 ? { skipAlsoReportedBy: read.skip.join(',') } : {}) });
  const publish = usePublishUpdateLog(sourceSystemId);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setRead({ after: Number(afterText) || 0, skip });
  };
  const next = log.data?.nextCursor;
  return (
    <div className="qs-stack">
      <Card
        title={t('updateLog.title')}
        actions={
          mayPublish && (
            <Button variant="secondary" busy={publish.isPending} onClick={() => publish.mutate()}>
              {t('updateLog.publish')}
            </Button>
          )
        }
      >
        <p>{t('updateLog.intro', { id: sourceSystemId })}</p>
        <ProblemAlert error={publish.error} />
        {publish.data && <Alert tone="ok" title={t('updateLog.published', { count: publish.data.published })} />}
        <form className="qs-row" onSubmit={submit} role="search" aria-label={t('updateLog.readLabel')}>
          <TextField label={t('updateLog.after')} type="number" min="0" value={afterText} onChange={(e) => setAfterText(e.target.value)} />
          <fieldset className="qs-row">
            <legend>{t('updateLog.skip')}</legend>
            {DOCUMENTS.map((d) => (
              <label key={d}>
                <input type="checkbox" checked={skip.includes(d)} onChange={(e) => setSkip((s) => (e.target.checked ? [...s, d] : s.filter((x) => x !== d)))} /> {d}
              </label>
            ))}
          </fieldset>
          <Button type="submit">{t('updateLog.read')}</Button>
        </form>
      </Card>
      <DataTable
        caption={t('updateLog.caption', { id: sourceSystemId, after: read.after })}
        columns={columns()}
        query={{ data: log.data && { items: log.data.items, total: log.data.items.length, limit: LIMIT, offset: 0 }, error: log.error, isPending: log.isPending, isFetching: log.isFetching }}
        rowKey={(e) => e.sequence}
        empty={t('updateLog.empty', { after: read.after })}
      />
      {next !== undefined && (
        <div className="qs-row">
          <span>{t('updateLog.nextCursor', { next })}</span>
          <Button
            variant="secondary"
            disabled={next === read.after}
            onClick={() => {
              setAfterText(String(next));
              setRead((r) => ({ ...r, after: next }));
            }}
          >
            {t('updateLog.readOn', { next })}
          </Button>
        </div>
      )}
    </div>
  );
}
