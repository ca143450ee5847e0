import { useState } from 'react';
import { useInboundOrderPolicies, useSaveInboundOrderPolicies, type InboundOrderPolicy } from '../../../api/source-systems';
import { useTranslation } from '../../../i18n';
import { Alert, Button, Card, Fetched, ProblemAlert } from '../../../ui';

const LOAD_SYNC = ['None', 'FullSynchronization'] as const;
const DELIVERY = ['AdjustLoadToReceived', 'RequireMatchWithinTolerance'] as const;

/** The source system's inbound order policies grid (reference section 4), edited as a whole and saved at once. */
export function InboundOrderPolicies({ sourceSystemId, canEdit }: { sourceSystemId: string; canEdit: boolean }) {
  const { t } = useTranslation('policies');
  const query = useInboundOrderPolicies(sourceSystemId);
  // Kept here: a save refreshes the grid below, which starts again from what the server kept.
  const save = useSaveInboundOrderPolicies(sourceSystemId);
  return (
    <Card title={t('title')}>
      <p className="qs-muted">{t('hint')}</p>
      <Fetched query={query} what={t('loading')}>
        {(data) => <Grid key={JSON.stringify(data.items)} sourceSystemId={sourceSystemId} initial={data.items} canEdit={canEdit} save={save} />}
      </Fetched>
      {save.isSuccess && <Alert tone="ok">{t('saved')}</Alert>}
      <ProblemAlert error={save.error} />
    </Card>
  );
}

function Grid({ sourceSystemId, initial, canEdit, save }: { sourceSystemId: string; initial: InboundOrderPolicy[]; canEdit: boolean; save: ReturnType<typeof useSaveInboundOrderPolicies> }) {
  const { t } = useTranslation('policies');
  const [rows, setRows] = useState(initial);
  const change = (i: number, patch: Partial<InboundOrderPolicy>) => setRows((current) => current.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <div className="qs-stack">
      {rows.length === 0 ? (
        <p className="qs-empty">{t('none')}</p>
      ) : (
        <div className="qs-table-wrap">
          <table className="qs-table">
            <caption className="qs-visually-hidden">{t('caption', { sourceSystemId })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('orderType')}</th>
                <th scope="col">{t('account')}</th>
                <th scope="col">{t('loadSync')}</th>
                <th scope="col">{t('delivery')}</th>
                {canEdit && <th scope="col" />}
              </tr>
            </thead>
            <tbody>
              {rows.map((r, i) => (
                <tr key={i}>
                  <td>
                    <input aria-label={`${t('orderType')} ${String(i + 1)}`} placeholder={t('any')} value={r.orderType} maxLength={60} disabled={!canEdit} onChange={(e) => change(i, { orderType: e.target.value })} />
                  </td>
                  <td>
                    <input aria-label={`${t('account')} ${String(i + 1)}`} placeholder={t('any')} value={r.accountNumber} maxLength={60} disabled={!canEdit} onChange={(e) => change(i, { accountNumber: e.target.value })} />
                  </td>
                  <td>
                    <select aria-label={`${t('loadSync')} ${String(i + 1)}`} value={r.loadSynchronizationPolicy} disabled={!canEdit} onChange={(e) => change(i, { loadSynchronizationPolicy: e.target.value as InboundOrderPolicy['loadSynchronizationPolicy'] })}>
                      {LOAD_SYNC.map((v) => (
                        <option key={v}>{v}</option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <select aria-label={`${t('delivery')} ${String(i + 1)}`} value={r.deliveryPolicy} disabled={!canEdit} onChange={(e) => change(i, { deliveryPolicy: e.target.value as InboundOrderPolicy['deliveryPolicy'] })}>
                      {DELIVERY.map((v) => (
                        <option key={v}>{v}</option>
                      ))}
                    </select>
                  </td>
                  {canEdit && (
                    <td>
                      <Button variant="secondary" onClick={() => setRows((current) => current.filter((_, j) => j !== i))}>
                        {t('remove', { row: i + 1 })}
                      </Button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canEdit && (
        <div className="qs-row">
          <Button variant="secondary" onClick={() => setRows((current) => [...current, { orderType: '', accountNumber: '', loadSynchronizationPolicy: 'FullSynchronization', deliveryPolicy: 'AdjustLoadToReceived' }])}>
            {t('add')}
          </Button>
          <Button busy={save.isPending} onClick={() => save.mutate(rows)}>
            {t('save')}
          </Button>
        </div>
      )}
    </div>
  );
}
