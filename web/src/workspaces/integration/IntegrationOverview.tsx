import { useIntegrationMonitoring } from '../../api/monitoring';
import { useIntegrationOverview, type IntegrationOverview as Figures } from '../../api/overviews';
import { useTranslation } from '../../i18n';
import { Fetched, listLink, OverviewFrame, Tile, Tiles, toneIf } from '../../ui';
import { ageChart, ChartFigure, hourLabel, MEANING } from '../../ui/charts';
import { BASE } from './paths';
import { SourceSystemCards } from './SourceSystemCards';

type SourceFigures = Figures['sourceSystems'][number];

const messages = (filters: Record<string, string>) => listLink(`${BASE}/messages`, 'm', filters);

function Throughput({ source }: { source: SourceFigures }) {
  const { t } = useTranslation('integration');
  const data = {
    categories: source.hours.map((h) => hourLabel(h.hourStart)),
    series: [
      { name: t('overview.series.received'), values: source.hours.map((h) => h.received), colour: MEANING.neutral },
      { name: t('overview.series.accepted'), values: source.hours.map((h) => h.accepted), colour: MEANING.good },
      { name: t('overview.series.failed'), values: source.hours.map((h) => h.failed), colour: MEANING.bad },
    ],
  };
  return <ChartFigure title={t('overview.perHour', { hours: source.hours.length, name: source.name })} data={data} empty={t('overview.perHourEmpty')} />;
}

function OverviewFigures({ o }: { o: Figures }) {
  const { t: tr } = useTranslation('integration');
  const t = o.totals;
  return (
    <>
      <Tiles title={tr('overview.needsAttention')}>
        <Tile label={tr('overview.failed')} value={t.failed} tone={toneIf(t.failed, 'bad')} to={messages({ processingStatus: 'Failed' })} />
        <Tile label={tr('overview.queued')} value={t.queued} tone={toneIf(t.queued, 'warn')} hint={tr('overview.queuedHint')} to={messages({ processingStatus: 'Received' })} />
        <Tile label={tr('overview.drafts')} value={t.drafts} to={messages({ processingStatus: 'Draft' })} />
        <Tile label={tr('overview.deadLetters')} value={t.deadLetteredDeliveries} tone={toneIf(t.deadLetteredDeliveries, 'bad')} to={`${BASE}/dead-letters`} />
        <Tile label={tr('overview.failingProcesses')} value={t.failingProcesses} tone={toneIf(t.failingProcesses, 'bad')} to={`${BASE}/processes`} />
      </Tiles>
      <div className="qs-charts">
        {o.sourceSystems.map((s) => (
          <Throughput key={s.sourceSystemId} source={s} />
        ))}
        <ChartFigure title={tr('overview.backlogAge')} data={ageChart([{ name: tr('overview.queuedSeries'), ages: o.queuedAge }])} empty={tr('overview.backlogEmpty')} />
      </div>
    </>
  );
}

/** For integration operators: what failed and what waits, the messages of the last hours, then each source system. */
export function IntegrationOverview() {
  const { t } = useTranslation('integration');
  const query = useIntegrationOverview();
  const monitoring = useIntegrationMonitoring();
  return (
    <Fetched query={query} what={t('workspace.loadingOverview')}>
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
