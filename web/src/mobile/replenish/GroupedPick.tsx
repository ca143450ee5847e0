import { useState } from 'react';
import { useWorkChanged, type WorkView } from '../../api/work';
import { useTranslation } from '../../i18n';
import { Alert, Button, Card, fieldError, formatQuantity, ProblemAlert, ScanField } from '../../ui';
import { sameCode, useStepRunner } from '../MobileStep';
import { sendOperation } from '../operation';

/** The open pick lines of pick-pick-put work, still to be picked before the one put. */
export function RemainingPicks({ work }: { work: WorkView }) {
  const { t } = useTranslation('replenishment');
  const open = work.lines.filter((l) => l.lineType === 'Pick' && l.status === 'Open');
  if (open.length === 0) return null;
  return (
    <Card title={t('pick.remaining', { count: open.length })}>
      <div className="qs-table-wrap">
        <table className="qs-table">
          <caption className="qs-visually-hidden">{t('pick.remainingCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('pick.location')}</th>
              <th scope="col">{t('pick.item')}</th>
              <th scope="col" data-numeric>
                {t('pick.quantity')}
              </th>
            </tr>
          </thead>
          <tbody>
            {open.map((l) => (
              <tr key={l.lineNumber}>
                <td>{l.locationId}</td>
                <td>{l.itemNumber}</td>
                <td data-numeric>{formatQuantity(l.quantity - l.handledQuantity, l.unitSymbol)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Card>
  );
}

/** Pick-pick-put: once every pick is done, one scan puts everything picked (POST .../put-all). */
export function GroupedPut({ work, onWork }: { work: WorkView; onWork: (work: WorkView) => void }) {
  const { t } = useTranslation('replenishment');
  const [override, setOverride] = useState<string>();
  const { busy, error, run } = useStepRunner();
  const workChanged = useWorkChanged();
  const puts = work.lines.filter((l) => l.lineType === 'Put' && l.status === 'Open');
  const suggested = puts[0]?.locationId ?? '';
  const putAll = (body: { locationId?: string; reason?: string }) =>
    void run(async () => {
      const updated = await sendOperation(`Put all (work ${work.workId})`, '/api/v1/work/{workId}/put-all', { workId: work.workId }, body);
      setOverride(undefined);
      workChanged(updated);
      onWork(updated);
    });
  const shown = fieldError(error, 'locationId') ?? fieldError(error, 'reason');
  return (
    <div className="qs-stack">
      <Card title={t('pick.putTitle', { count: puts.length })}>
        <p>{t('pick.putHint', { locationId: suggested })}</p>
      </Card>
      {error !== undefined && !shown && <ProblemAlert error={error} />}
      {override === undefined ? (
        <ScanField key="put-all" label={t('pick.scanPut', { locationId: suggested })} onScan={(scanned) => (sameCode(scanned, suggested) ? putAll({}) : setOverride(scanned))} busy={busy} error={shown} submitLabel={t('pick.putButton')} />
      ) : (
        <>
          <Alert tone="warn">{t('pick.notSuggested', { scanned: override, locationId: suggested })}</Alert>
          <ScanField key="put-all-reason" label={t('pick.overrideReason', { locationId: override })} onScan={(reason) => putAll({ locationId: override, reason })} busy={busy} error={shown} submitLabel={t('pick.putButton')} />
          <Button variant="secondary" onClick={() => setOverride(undefined)} disabled={busy}>
            {t('pick.back')}
          </Button>
        </>
      )}
    </div>
  );
}
