import { Link } from 'react-router';
import { useTranslation } from '../../i18n';
import { useOnHandReport, useOnHandReportLines } from '../../api/reconciliation';
import type { ResponseOf } from '../../api/types';
import { Card, type Column, DataTable, Fetched, FilterForm, formatDateTime, formatQuantity, KeyValues, useListState } from '../../ui';
import { onHandHref } from '../../app/stock-links';
import { useInventoryUnits } from '../../api/item-units';
import { levelLabel } from './dimension-levels';
import { RECONCILIATION_PATH } from './SourceSystemPicker';

type Line = ResponseOf<'/api/v1/source-systems/{sourceSystemId}/on-hand-reports/{reportId}/lines', 'get'>['items'][number];

/** One report's lines, each in Quayside's ids and the source system's. */
export function ReportLines({ sourceSystemId, reportId }: { sourceSystemId: string; reportId: string }) {
  const { t } = useTranslation('reconciliation');
  const list = useListState('lines', ['itemNumber', 'warehouseId'], 50);
  const header = useOnHandReport(sourceSystemId, reportId);
  const lines = useOnHandReportLines(sourceSystemId, reportId, list.query);
  const unitOf = useInventoryUnits(lines.data?.items.map((l) => l.itemNumber) ?? []);
  const columns: Column<Line>[] = [
    { header: t('reportLines.line'), numeric: true, cell: (l) => l.lineNumber },
    {
      header: t('reportLines.item'),
      cell: (l) => (
        <Link to={onHandHref({ itemNumber: l.itemNumber, warehouseId: l.warehouseId })} aria-label={t('reportLines.onHandNow', { item: l.itemNumber })}>
          {l.itemNumber}
        </Link>
      ),
    },
    { header: t('reportLines.itemIn', { id: sourceSystemId }), cell: (l) => l.sourceSystemItemNumber },
    { header: t('reportLines.warehouse'), cell: (l) => l.warehouseId ?? '—' },
    { header: t('reportLines.location'), cell: (l) => l.locationId ?? '—' },
    { header: t('reportLines.licensePlate'), cell: (l) => l.licensePlateId ?? '—' },
    { header: t('reportLines.status'), cell: (l) => l.inventoryStatusId ?? '—' },
    { header: t('reportLines.owner'), cell: (l) => l.inventoryOwnerId ?? '—' },
    { header: t('reportLines.ownerIn', { id: sourceSystemId }), cell: (l) => l.sourceSystemInventoryOwnerId ?? '—' },
    { header: t('reportLines.batch'), cell: (l) => l.batchNumber ?? '—' },
    { header: t('reportLines.serial'), cell: (l) => l.serialNumber ?? '—' },
    { header: t('reportLines.onHand'), numeric: true, cell: (l) => formatQuantity(l.onHandQuantity, unitOf(l.itemNumber)) },
  ];
  return (
    <div className="qs-stack">
      <p>
        <Link to={`${RECONCILIATION_PATH}/${encodeURIComponent(sourceSystemId)}/reports`}>{t('reportLines.all')}</Link>
      </p>
      <Fetched query={header} what={t('reportLines.loading')}>
        {(r) => (
          <Card title={t('reportLines.title', { id: r.reportId })}>
            <KeyValues
              entries={[
                [t('reportLines.sourceSystem'), r.sourceSystemId],
                [t('reportLines.asOf'), t('reportLines.endOf', { date: r.inventoryAsOfDate })],
                [t('reportLines.levels'), [t('reports.item'), ...r.dimensions.map(levelLabel)].join(', ')],
                [t('reportLines.quantities'), r.includeRegisteredAndPickedTransactions ? t('reportLines.physical') : t('reportLines.documents')],
                [t('reportLines.lines'), String(r.lineCount)],
                [t('reportLines.created'), `${formatDateTime(r.reportExecutionTime)} (${t(`reports.trigger.${r.trigger as 'Manual'}`, { defaultValue: r.trigger })})`],
              ]}
            />
          </Card>
        )}
      </Fetched>
      <Card title={t('reportLines.lines')}>
        <FilterForm
          label={t('reportLines.filter')}
          prefix="lines"
          list={list}
          fields={[
            { name: 'itemNumber', label: t('reportLines.item') },
            { name: 'warehouseId', label: t('reportLines.warehouse') },
          ]}
        />
        <DataTable caption={t('reportLines.caption', { id: reportId })} columns={columns} query={lines} rowKey={(l) => l.lineNumber} list={list} empty={t('reportLines.empty')} />
      </Card>
    </div>
  );
}
