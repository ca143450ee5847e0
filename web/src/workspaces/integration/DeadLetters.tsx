import { useState } from 'react';
import type { ResponseOf } from '../../api/types';
import { useDeadLetters, useRedriveDeadOfSubscription, useRedriveDelivery, useWebhookSubscriptions } from '../../api/webhooks';
import { useTranslation } from '../../i18n';
import { Alert, Button, DataTable, FilterForm, formatDateTime, ProblemAlert, useListState, type Column, type FilterDef } from '../../ui';
import { useCanOperate } from './can-act';

type Delivery = ResponseOf<'/api/v1/webhook-deliveries', 'get'>['items'][number];

function useSubscriptionOptions() {
  const query = useWebhookSubscriptions();
  return (query.data?.items ?? []).map((s) => ({ value: String(s.id), label: `#${String(s.id)} ${s.url}` }));
}

/** Webhook deliveries that ran out of attempts: the receiver never took them, so they wait here to be sent again. */
export function DeadLetters() {
  const { t } = useTranslation('integration');
  const list = useListState('d', ['subscriptionId', 'sourceSystemId']);
  const canOperate = useCanOperate();
  const subscriptions = useSubscriptionOptions();
  const [done, setDone] = useState<string>();
  const subscriptionId = list.filters.subscriptionId ? Number(list.filters.subscriptionId) : undefined;
  const listQuery = { ...list.query, subscriptionId, sourceSystemId: list.filters.sourceSystemId };
  const query = useDeadLetters(listQuery);
  const redrive = useRedriveDelivery({ onSuccess: (d) => setDone(t('deadLetters.redriven', { id: d.id, status: d.status })) });
  const redriveAll = useRedriveDeadOfSubscription({ onSuccess: (r) => setDone(t('deadLetters.redrivenAll', { count: r.redriven })) });
  const fields: FilterDef[] = [
    { name: 'sourceSystemId', label: t('fields.sourceSystem'), lookup: 'sourceSystem' },
    { name: 'subscriptionId', label: t('deadLetters.subscription'), options: subscriptions },
  ];
  const columns: Column<Delivery>[] = [
    { header: t('deadLetters.delivery'), sortKey: 'id', cell: (d) => d.id, numeric: true },
    { header: t('deadLetters.event'), sortKey: 'eventType', cell: (d) => d.event.type },
    { header: t('deadLetters.subject'), cell: (d) => d.event.subject },
    { header: t('deadLetters.subscription'), cell: (d) => `#${String(d.subscriptionId)}` },
    { header: t('deadLetters.attempts'), sortKey: 'attempts', cell: (d) => d.attempts, numeric: true },
    {
      header: t('deadLetters.lastAnswer'),
      cell: (d) => (d.lastStatusCode === null ? (d.lastError ?? '—') : `HTTP ${String(d.lastStatusCode)}${d.lastError ? `: ${d.lastError}` : ''}`),
      long: true,
    },
    { header: t('deadLetters.lastAttempt'), sortKey: 'lastAttemptAt', cell: (d) => formatDateTime(d.lastAttemptAt) },
  ];
  if (canOperate) {
    columns.push({
      header: t('deadLetters.action'),
      cell: (d) => (
        <Button variant="secondary" aria-label={t('deadLetters.redriveLabel', { id: d.id })} busy={redrive.isPending && redrive.variables === d.id} onClick={() => redrive.mutate(d.id)}>
          {t('deadLetters.redrive')}
        </Button>
      ),
    });
  }
  return (
    <div className="qs-stack">
      <FilterForm label={t('deadLetters.filterLabel')} prefix="d" list={list} fields={fields} />
      {canOperate && subscriptionId !== undefined && (
        <div className="qs-row">
          <Button busy={redriveAll.isPending} onClick={() => redriveAll.mutate(subscriptionId)}>
            {t('deadLetters.redriveAll', { id: subscriptionId })}
          </Button>
        </div>
      )}
      {done && <Alert tone="ok">{done}</Alert>}
      <ProblemAlert error={redrive.error ?? redriveAll.error} />
      <DataTable
        caption={t('deadLetters.caption')}
        columns={columns}
        query={query}
        rowKey={(d) => d.id}
        list={list}
        empty={t('deadLetters.empty')}
        exportPath="/api/v1/webhook-deliveries"
        exportQuery={{ ...listQuery, status: 'dead' }}
      />
    </div>
  );
}
