import { useState } from 'react';
import { useSourceSystemOptions } from '../../api/source-systems';
import type { ResponseOf } from '../../api/types';
import { useDeadLetters, useRedriveDeadOfSubscription, useRedriveDelivery, useWebhookSubscriptions } from '../../api/webhooks';
import { Alert, Button, DataTable, formatDateTime, ProblemAlert, SelectField, useListState, type Column } from '../../ui';
import { useCanOperate } from './can-act';

type Delivery = ResponseOf<'/api/v1/webhook-deliveries', 'get'>['items'][number];

function useSubscriptionOptions() {
  const query = useWebhookSubscriptions();
  return (query.data?.items ?? []).map((s) => ({ value: String(s.id), label: `#${String(s.id)} ${s.url}` }));
}

/** Webhook deliveries that ran out of attempts: the receiver never took them, so they wait here to be sent again. */
export function DeadLetters() {
  const list = useListState('d', ['subscriptionId', 'sourceSystemId']);
  const canOperate = useCanOperate();
  const sources = useSourceSystemOptions();
  const subscriptions = useSubscriptionOptions();
  const [done, setDone] = useState<string>();
  const subscriptionId = list.filters.subscriptionId ? Number(list.filters.subscriptionId) : undefined;
  const query = useDeadLetters({ ...list.query, subscriptionId, sourceSystemId: list.filters.sourceSystemId });
  const redrive = useRedriveDelivery({ onSuccess: (d) => setDone(`Delivery ${String(d.id)} is being sent again (now ${d.status}).`) });
  const redriveAll = useRedriveDeadOfSubscription({ onSuccess: (r) => setDone(`${String(r.redriven)} dead deliveries are being sent again.`) });
  const columns: Column<Delivery>[] = [
    { header: 'Delivery', sortKey: 'id', cell: (d) => d.id, numeric: true },
    { header: 'Event', sortKey: 'eventType', cell: (d) => d.event.type },
    { header: 'Subject', cell: (d) => d.event.subject },
    { header: 'Subscription', cell: (d) => `#${String(d.subscriptionId)}` },
    { header: 'Attempts', sortKey: 'attempts', cell: (d) => d.attempts, numeric: true },
    { header: 'Last answer', cell: (d) => (d.lastStatusCode === null ? (d.lastError ?? '—') : `HTTP ${String(d.lastStatusCode)}${d.lastError ? `: ${d.lastError}` : ''}`) },
    { header: 'Last attempt', sortKey: 'lastAttemptAt', cell: (d) => formatDateTime(d.lastAttemptAt) },
  ];
  if (canOperate) {
    columns.push({
      header: 'Action',
      cell: (d) => (
        <Button variant="secondary" aria-label={`Redrive delivery ${String(d.id)}`} busy={redrive.isPending && redrive.variables === d.id} onClick={() => redrive.mutate(d.id)}>
          Redrive
        </Button>
      ),
    });
  }
  return (
    <div className="qs-stack">
      <form className="qs-row" role="search" aria-label="Filter dead letters" onSubmit={(e) => e.preventDefault()}>
        <SelectField label="Source system" placeholder="All" options={sources} value={list.filters.sourceSystemId ?? ''} onChange={(e) => list.setFilter('sourceSystemId', e.target.value)} />
        <SelectField label="Subscription" placeholder="All" options={subscriptions} value={list.filters.subscriptionId ?? ''} onChange={(e) => list.setFilter('subscriptionId', e.target.value)} />
        {canOperate && subscriptionId !== undefined && (
          <Button busy={redriveAll.isPending} onClick={() => redriveAll.mutate(subscriptionId)}>
            Redrive all dead of subscription #{subscriptionId}
          </Button>
        )}
      </form>
      {done && <Alert tone="ok">{done}</Alert>}
      <ProblemAlert error={redrive.error ?? redriveAll.error} />
      <DataTable caption="Dead-lettered webhook deliveries" columns={columns} query={query} rowKey={(d) => d.id} list={list} empty="No dead letters: every webhook delivery got through." />
    </div>
  );
}
