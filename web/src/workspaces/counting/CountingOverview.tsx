import { useCountingOverview, type CountingOverview as Figures } from '../../api/overviews';
import { FetchedOverview, listLink, Tile, Tiles, toneIf } from '../../ui';
import { ageChart, ChartFigure, hourlyChart, orNone } from '../../ui/charts';

const BASE = '/workspaces/counting';
const OUTCOME_LABEL: Record<string, string> = { Adjusted: 'Adjusted', NoDifference: 'No difference', Accepted: 'Accepted after review', Rejected: 'Rejected after review' };

function OverviewFigures({ o }: { o: Figures }) {
  return (
    <>
      <Tiles title="Waiting">
        <Tile label="Counts pending review" value={o.cycleCountWork.pendingReview} tone={toneIf(o.cycleCountWork.pendingReview, 'bad')} hint="Outside the limits: accept or reject" to={`${BASE}/review`} />
        <Tile label="Cycle counts to do" value={o.cycleCountWork.open} tone={toneIf(o.cycleCountWork.open, 'warn')} to={listLink(`${BASE}/work`, 'work', { status: 'Open' })} />
        <Tile label="Open counting journals" value={o.journals.open} to={listLink(`${BASE}/journals`, 'journals', { status: 'Open' })} />
      </Tiles>
      <Tiles title="Done today">
        <Tile label="Cycle counts closed" value={o.cycleCountWork.closedToday} tone={toneIf(o.cycleCountWork.closedToday, 'ok')} to={listLink(`${BASE}/work`, 'work', { status: 'Closed' })} />
        {o.closedTodayByOutcome.map((c) => (
          <Tile key={c.outcome} label={OUTCOME_LABEL[c.outcome] ?? c.outcome} value={c.count} />
        ))}
        <Tile label="Journals posted" value={o.journals.postedToday} to={listLink(`${BASE}/journals`, 'journals', { status: 'Posted' })} />
      </Tiles>
      <div className="qs-charts">
        <ChartFigure title="Counted lines per hour today, by worker" kind="stacked" data={hourlyChart(o.countsByWorker)} empty="Nothing counted yet today." />
        <ChartFigure title="Counted lines per hour today, by zone" kind="stacked" data={hourlyChart(o.countsByZone, orNone('No zone'))} empty="Nothing counted yet today." />
        <ChartFigure title="Backlog age" data={ageChart([{ name: 'Cycle counts to do', ages: o.openCycleCountWorkAge }])} empty="No cycle count is waiting." />
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
