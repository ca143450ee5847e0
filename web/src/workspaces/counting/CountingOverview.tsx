import { useTranslation } from '../../i18n';
import { useCountingOverview, type CountingOverview as Figures } from '../../api/overviews';
import { FetchedOverview, listLink, Tile, Tiles, toneIf } from '../../ui';
import { ageChart, ChartFigure, hourlyChart, orNone } from '../../ui/charts';

const BASE = '/workspaces/counting';

function OverviewFigures({ o }: { o: Figures }) {
  const { t } = useTranslation('counting');
  return (
    <>
      <Tiles title={t('ov_waiting')}>
        <Tile label={t('ov_pending')} value={o.cycleCountWork.pendingReview} tone={toneIf(o.cycleCountWork.pendingReview, 'bad')} hint={t('ov_pendingHint')} to={`${BASE}/review`} />
        <Tile label={t('ov_toDo')} value={o.cycleCountWork.open} tone={toneIf(o.cycleCountWork.open, 'warn')} to={listLink(`${BASE}/work`, 'work', { status: 'Open' })} />
        <Tile label={t('ov_openJournals')} value={o.journals.open} to={listLink(`${BASE}/journals`, 'journals', { status: 'Open' })} />
      </Tiles>
      <Tiles title={t('ov_doneToday')}>
        <Tile label={t('ov_closed')} value={o.cycleCountWork.closedToday} tone={toneIf(o.cycleCountWork.closedToday, 'ok')} to={listLink(`${BASE}/work`, 'work', { status: 'Closed' })} />
        {o.closedTodayByOutcome.map((c) => (
          <Tile key={c.outcome} label={t(`ov_outcome.${c.outcome}` as never, { defaultValue: c.outcome })} value={c.count} />
        ))}
        <Tile label={t('ov_posted')} value={o.journals.postedToday} to={listLink(`${BASE}/journals`, 'journals', { status: 'Posted' })} />
      </Tiles>
      <div className="qs-charts">
        <ChartFigure title={t('ov_byWorker')} kind="stacked" data={hourlyChart(o.countsByWorker)} empty={t('ov_nothing')} />
        <ChartFigure title={t('ov_byZone')} kind="stacked" data={hourlyChart(o.countsByZone, orNone(t('ov_noZone')))} empty={t('ov_nothing')} />
        <ChartFigure title={t('ov_backlog')} data={ageChart([{ name: t('ov_toDo'), ages: o.openCycleCountWorkAge }])} empty={t('ov_noneWaiting')} />
      </div>
    </>
  );
}

/** What counting has waiting (reviews first) and the counting done today. */
export function CountingOverview() {
  const query = useCountingOverview();
  return (
    <FetchedOverview query={query}>{(o) => <OverviewFigures o={o} />}</FetchedOverview>
  );
}
