import { Link } from 'react-router';
import type { ReactNode } from 'react';
import { useIntegrationMonitoring } from '../../api/monitoring';
import type { ResponseOf } from '../../api/types';
import { Card, DataTable, Empty, Fetched, formatDateTime, KeyValues, StatusPill, type Column, wholeList } from '../../ui';
import { formatAge, formatInterval } from './age';
import { BASE, messagePath } from './paths';

type Overview = ResponseOf<'/api/v1/integration/monitoring', 'get'>;
type SourceOverview = Overview['sourceSystems'][number];
type FailedMessage = SourceOverview['failedMessages'][number];
type ProcessSummary = SourceOverview['backgroundProcesses'][number];

const messages = (n: number) => `${String(n)} ${n === 1 ? 'message' : 'messages'}`;

const STATES = ['Received', 'Failed', 'Draft', 'Accepted', 'Canceled'] as const;

const failedColumns: Column<FailedMessage>[] = [
  { header: 'Message', cell: (m) => <Link to={messagePath(m.id)}>{m.messageId}</Link> },
  { header: 'Order', cell: (m) => m.orderNumber },
  { header: 'Type', cell: (m) => m.messageType },
  { header: 'Failed at', cell: (m) => formatDateTime(m.failedAt) },
  { header: 'Reason', cell: (m) => m.lastError ?? '—' },
];

const processColumns: Column<ProcessSummary>[] = [
  { header: 'Process', cell: (p) => <Link to={`${BASE}/processes?process=${String(p.id)}`}>{p.processType}</Link> },
  { header: 'Schedule', cell: (p) => (p.enabled ? formatInterval(p.intervalSeconds) : 'switched off') },
  { header: 'Last run', cell: (p) => <StatusPill status={p.lastRunOutcome} /> },
  { header: 'Ended', cell: (p) => formatDateTime(p.lastRunEndedAt) },
  { header: 'Items', cell: (p) => p.lastRunItems ?? '—', numeric: true },
  { header: 'Error', cell: (p) => p.lastRunError ?? '—' },
];


function SourceSystemCard({ source }: { source: SourceOverview }) {
  const count = (state: string) => source.messagesByStatus[state] ?? 0;
  const listLink = (state: string) => `${BASE}/messages?m.sourceSystemId=${encodeURIComponent(source.sourceSystemId)}&m.processingStatus=${state}`;
  return (
    <Card title={`${source.name} (${source.sourceSystemId})`}>
      <KeyValues
        entries={[
          ...STATES.map((state): [string, ReactNode] => [
            state,
            count(state) > 0 ? <Link to={listLink(state)}>{messages(count(state))}</Link> : messages(0),
          ]),
          ['Oldest queued message', formatAge(source.oldestQueuedMessageAgeSeconds)],
          [
            'Dead-lettered webhooks',
            source.deadLetteredWebhookDeliveries > 0 ? (
              <Link to={`${BASE}/dead-letters?d.sourceSystemId=${encodeURIComponent(source.sourceSystemId)}`}>{source.deadLetteredWebhookDeliveries} {source.deadLetteredWebhookDeliveries === 1 ? 'delivery' : 'deliveries'}</Link>
            ) : (
              '0'
            ),
          ],
        ]}
      />
      <h3>Failed messages</h3>
      {source.failedMessages.length === 0 ? (
        <Empty>No failed messages.</Empty>
      ) : (
        <DataTable caption={`Failed messages of ${source.name}`} columns={failedColumns} query={wholeList(source.failedMessages)} rowKey={(m) => m.id} />
      )}
      <h3>Background processes</h3>
      <DataTable caption={`Background processes of ${source.name}`} columns={processColumns} query={wholeList(source.backgroundProcesses)} rowKey={(p) => p.id} empty="No background processes." />
    </Card>
  );
}

/** Per source system: messages by state, failures, dead letters and its processes (the monitoring call). */
export function SourceSystemCards() {
  const query = useIntegrationMonitoring();
  return (
    <Fetched query={query} what="Loading the source systems">
      {(overview) => (
        <div className="qs-stack">
          {overview.sourceSystems.length === 0 && <Empty>No source systems are registered yet.</Empty>}
          {overview.sourceSystems.map((source) => (
            <SourceSystemCard key={source.sourceSystemId} source={source} />
          ))}
        </div>
      )}
    </Fetched>
  );
}
