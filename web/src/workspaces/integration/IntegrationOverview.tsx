import { useIntegrationMonitoring } from '../../api/monitoring';
import { useIntegrationOverview, type IntegrationOverview as Figures } from '../../api/overviews';
import { Fetched, listLink, OverviewFrame, Tile, Tiles, toneIf } from '../../ui';
import { ageChart, ChartFigure, hourLabel, MEANING } from '../../ui/charts';
import { BASE } from './paths';
import { SourceSystemCards } from './SourceSystemCards';

type SourceFigures = Figures['sourceSystems'][number];

const messages = (filters: Record<string, string>) => listLink(`${BASE}/messages`, 'm', filters);

function Throughput({ source }: { source: SourceFigures }) {
  const data = {
    categories: source.hours.map((h) => hourLabel(h.hourStart)),
    series: [
      { name: 'Received', values: source.hours.map((h) => h.received), colour: MEANING.neutral },
      { name: 'Accepted', values: source.hours.map((h) => h.accepted), colour: MEANING.good },
      { name: 'Failed', values: source.hours.map((h) => h.failed), colour: MEANING.bad },
    ],
  };
  return <ChartFigure title={`Messages per hour, last ${String(source.hours.length)} hours: ${source.name}`} data={data} empty="No messages in these hours." />;
}

function OverviewFigures({ o }: { o: Figures }) {
  const t = o.totals;
  return (
    <>
      <Tiles title="Needs attention">
        <Tile label="Failed messages" value={t.failed} tone={toneIf(t.failed, 'bad')} to={messages({ processingStatus: 'Failed' })} />
        <Tile label="Queued messages" value={t.queued} tone={toneIf(t.queued, 'warn')} hint="Waiting for the message processor" to={messages({ processingStatus: 'Received' })} />
        <Tile label="Drafts" value={t.drafts} to={messages({ processingStatus: 'Draft' })} />
        <Tile label="Dead-lettered webhooks" value={t.deadLetteredDeliveries} tone={toneIf(t.deadLetteredDeliveries, 'bad')} to={`${BASE}/dead-letters`} />
        <Tile label="Processes whose last run failed" value={t.failingProcesses} tone={toneIf(t.failingProcesses, 'bad')} to={`${BASE}/processes`} />
      </Tiles>
      <div className="qs-charts">
        {o.sourceSystems.map((s) => (
          <Throughput key={s.sourceSystemId} source={s} />
        ))}
        <ChartFigure title="Backlog age" data={ageChart([{ name: 'Queued messages', ages: o.queuedAge }])} empty="No message is waiting." />
      </div>
    </>
  );
}

/** For integration operators: what failed and what waits, the messages of the last hours, then each source system. */
export function IntegrationOverview() {
  const query = useIntegrationOverview();
  const monitoring = useIntegrationMonitoring();
  return (
    <Fetched query={query} what="Loading the overview">
      {(o) => (
        <OverviewFrame
          generatedAt={o.generatedAt}
          refreshing={query.isFetching || monitoring.isFetching}
          onRefresh={() => {
            void query.refetch();
            void monitoring.refetch();
          }}
        >
          <OverviewFigures o={o} />
          <SourceSystemCards />
        </OverviewFrame>
      )}
    </Fetched>
  );
}
