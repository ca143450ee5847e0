import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n';
import { useOnHandDrift } from '../../api/reconciliation';
import type { ResponseOf } from '../../api/types';
import { Alert, Button, Card, Fetched, formatDateTime, formatQuantity, KeyValues, TextField, Lookup } from '../../ui';
import { useInventoryUnits } from '../../api/item-units';
import { reasonWords, signed } from './drift-words';

type Drift = ResponseOf<'/api/v1/source-systems/{sourceSystemId}/on-hand-drift', 'get'>;
type DriftLine = Drift['lines'][number];

interface DriftFilter {
  itemNumber: string;
  at: string;
  all: boolean;
}

/** Why the warehouse and a source system may disagree, line by line, in plain words. */
export function DriftExplanation({ sourceSystemId }: { sourceSystemId: string }) {
  const { t } = useTranslation('reconciliation');
  const [draft, setDraft] = useState<DriftFilter>({ itemNumber: '', at: '', all: false });
  const [filter, setFilter] = useState<DriftFilter>(draft);
  const query = {
    ...(filter.itemNumber ? { itemNumber: filter.itemNumber } : {}),
    ...(filter.at ? { at: new Date(filter.at).toISOString() } : {}),
    ...(filter.all ? { all: true } : {}),
  };
  const drift = useOnHandDrift(sourceSystemId, query);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setFilter(draft);
  };
  return (
    <div className="qs-stack">
      <Card title={t('drift.title', { id: sourceSystemId })}>
        <p>
          {t('drift.intro', { id: sourceSystemId })}
        </p>
        <p className="qs-muted">
          {t('drift.told', { id: sourceSystemId })}
        </p>
        <form className="qs-row" onSubmit={submit} role="search" aria-label={t('drift.filters')}>
          <Lookup kind="item" label={t('drift.item')} value={draft.itemNumber} onChange={(itemNumber) => setDraft((d) => ({ ...d, itemNumber }))} />
          <TextField label={t('drift.asOf')} type="datetime-local" hint={t('drift.asOfHint')} value={draft.at} onChange={(e) => setDraft((d) => ({ ...d, at: e.target.value }))} />
          <label>
            <input type="checkbox" checked={draft.all} onChange={(e) => setDraft((d) => ({ ...d, all: e.target.checked }))} /> {t('drift.showAll')}
          </label>
          <Button type="submit" busy={drift.isFetching}>
            {t('drift.explain')}
          </Button>
        </form>
      </Card>
      <Fetched query={drift} what={t('drift.loading')}>
        {(d) => <DriftLines drift={d} />}
      </Fetched>
    </div>
  );
}

function DriftLines({ drift }: { drift: Drift }) {
  const { t } = useTranslation('reconciliation');
  const unitOf = useInventoryUnits(drift.lines.map((l) => l.itemNumber));
  const differing = drift.lines.filter((l) => l.differenceQuantity !== 0).length;
  return (
    <>
      {differing === 0 ? (
        <Alert tone="ok" title={t('drift.agree', { id: drift.sourceSystemId })}>
          {t('drift.nothingWaiting', { at: formatDateTime(drift.at) })}
        </Alert>
      ) : (
        <Alert tone="warn" title={t('drift.differ', { count: differing, at: formatDateTime(drift.at) })}>
          {t('drift.differHint')}
        </Alert>
      )}
      {drift.lines.map((line) => (
        <DriftCard key={[line.itemNumber, line.warehouseId, line.inventoryStatusId, line.inventoryOwnerId, line.batchNumber, line.serialNumber].join('|')} line={line} sourceSystemId={drift.sourceSystemId} unit={unitOf(line.itemNumber)} />
      ))}
    </>
  );
}

function DriftCard({ line, sourceSystemId, unit }: { line: DriftLine; sourceSystemId: string; unit: string | undefined }) {
  const { t } = useTranslation('reconciliation');
  const q = (n: number) => formatQuantity(n, unit);
  const explained = line.openDocuments.reduce((sum, d) => sum + d.quantity, 0);
  const unexplained = Number((line.differenceQuantity - explained).toFixed(6));
  const owner = line.sourceSystemInventoryOwnerId ? t('drift.ownerIn', { owner: line.inventoryOwnerId, external: line.sourceSystemInventoryOwnerId, id: sourceSystemId }) : line.inventoryOwnerId;
  const extra = [line.batchNumber && t('drift.batch', { batch: line.batchNumber }), line.serialNumber && t('drift.serial', { serial: line.serialNumber })].filter(Boolean).join(', ');
  return (
    <Card title={t('drift.cardTitle', { external: line.sourceSystemItemNumber, item: line.itemNumber, warehouse: line.warehouseId, status: line.inventoryStatusId }) + (extra ? `, ${extra}` : '')}>
      <KeyValues
        entries={[
          [t('drift.owner'), owner],
          [t('drift.inWarehouse'), q(line.wmsOnHandQuantity)],
          [t('drift.hasBeenTold', { id: sourceSystemId }), q(line.toldOnHandQuantity)],
          [t('drift.difference'), line.differenceQuantity === 0 ? t('drift.none') : signed(q(line.differenceQuantity), line.differenceQuantity)],
        ]}
      />
      {line.openDocuments.length > 0 && (
        <>
          <h3>{t('drift.openDocuments')}</h3>
          <ul>
            {line.openDocuments.map((doc) => {
              const words = reasonWords(doc.reason);
              return (
                <li key={`${doc.reason}-${doc.referenceType}-${doc.referenceId}-${doc.operationId}`}>
                  <strong>{signed(q(doc.quantity), doc.quantity)}</strong> {t('drift.document', { what: words.title.toLowerCase(), type: doc.referenceType, id: doc.referenceId, since: formatDateTime(doc.since), status: doc.status, reports: words.reports })}
                </li>
              );
            })}
          </ul>
        </>
      )}
      {unexplained !== 0 && (
        <Alert tone="bad" title={t('drift.unexplained', { quantity: signed(q(unexplained), unexplained) })}>
          {t('drift.unexplainedHint')}
        </Alert>
      )}
    </Card>
  );
}
