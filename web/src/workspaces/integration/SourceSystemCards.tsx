import { Link } from 'react-router';
import type { ReactNode } from 'react';
import { useIntegrationMonitoring } from '../../api/monitoring';
import type { ResponseOf } from '../../api/types';
import { useTranslation } from '../../i18n';
import { Card, DataTable, Empty, Fetched, formatDateTime, KeyValues, StatusPill, type Column, wholeList } from '../../ui';
import { formatAge, formatInterval } from './age';
import { BASE, messagePath } from './paths';

type Overview = ResponseOf<'/api/v1/integration/monitoring', 'get'>;
type SourceOverview = Overview['sourceSystems'][number];
type FailedMessage = SourceOverview['failedMessages'][number];
type ProcessSummary = SourceOverview['backgroundProcesses'][number];

const STATES = ['Received', 'Failed', 'Draft', 'Accepted', 'Canceled'] as const;

function SourceSystemCard({ source }: { source: SourceOverview }) {
  const { t } = useTranslation('integration');
  const { t: ts } = useTranslation('status');
  const messages = (count: number) => t('sources.messages', { count });
  const failedColumns: Column<FailedMessage>[] = [
    { header: t('sources.message'), cell: (m) => <Link to={messagePath(m.id)}>{m.messageId}</Link> },
    { header: t('sources.order'), cell: (m) => m.orderNumber },
    { header: t('sources.type'), cell: (m) => t(`messageTypes.${m.messageType as 'InboundShipmentOrder'}`, { defaultValue: m.messageType }) },
    { header: t('sources.failedAt'), cell: (m) => formatDateTime(m.failedAt) },
    { header: t('sources.reason'), cell: (m) => m.lastError ?? '—', long: true },
  ];
  const processColumns: Column<ProcessSummary>[] = [
    { header: t('processes.process'), cell: (p) => <Link to={`${BASE}/processes?process=${String(p.id)}`}>{p.processType}</Link> },
    { header: t('processes.schedule'), cell: (p) => (p.enabled ? formatInterval(p.intervalSeconds) : t('processes.switchedOff')) },
    { header: t('processes.lastRun'), cell: (p) => <StatusPill status={p.lastRunOutcome} /> },
    { header: t('processes.ended'), cell: (p) => formatDateTime(p.lastRunEndedAt) },
    { header: t('processes.items'), cell: (p) => p.lastRunItems ?? '—', numeric: true },
    { header: t('processes.error'), cell: (p) => p.lastRunError ?? '—', long: true },
  ];
  const count = (state: string) => source.messagesByStatus[state] ?? 0;
  const listLink = (state: string) => `${BASE}/messages?m.sourceSystemId=${encodeURIComponent(source.sourceSystemId)}&m.processingStatus=${state}`;
  return (
    <Card title={`${source.name} (${source.sourceSystemId})`}>
      <KeyValues
        entries={[
          ...STATES.map((state): [string, ReactNode] => [
            ts(state),
            count(state) > 0 ? <Link to={listLink(state)}>{messages(count(state))}</Link> : messages(0),
          ]),
          [t('sources.oldestQueued'), formatAge(source.oldestQueuedMessageAgeSeconds)],
          [
            t('sources.deadLetters'),
            source.deadLetteredWebhookDeliveries > 0 ? (
              <Link to={`${BASE}/dead-letters?d.sourceSystemId=${encodeURIComponent(source.sourceSystemId)}`}>{t('sources.deliveries', { count: source.deadLetteredWebhookDeliveries })}</Link>
            ) : (
              '0'
            ),
          ],
        ]}
      />
      <h3>{t('sources.failedTitle')}</h3>
      {source.failedMessages.length === 0 ? (
        <Empty>{t('sources.noFailed')}</Empty>
      ) : (
        <DataTable caption={t('sources.failedCaption', { name: source.name })} columns={failedColumns} query={wholeList(source.failedMessages)} rowKey={(m) => m.id} />
      )}
      <h3>{t('sources.processesTitle')}</h3>
      <DataTable caption={t('sources.processesCaption', { name: source.name })} columns={processColumns} query={wholeList(source.backgroundProcesses)} rowKey={(p) => p.id} empty={t('sources.noProcesses')} />
    </Card>
  );
}

/** Per source system: messages by state, failures, dead letters and its processes (the monitoring call). */
export function SourceSystemCards() {
  const { t } = useTranslation('integration');
  const query = useIntegrationMonitoring();
  return (
    <Fetched query={query} what={t('sources.loading')}>
      {(overview) => (
        <div className="qs-stack">
          {overview.sourceSystems.length === 0 && <Empty>{t('sources.none')}</Empty>}
          {overview.sourceSystems.map((source) => (
            <SourceSystemCard key={source.sourceSystemId} source={source} />
          ))}
        </div>
      )}
    </Fetched>
  );
}
