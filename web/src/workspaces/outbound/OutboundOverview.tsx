import { useOutboundOverview, type OutboundOverview as Figures } from '../../api/overviews';
import { FetchedOverview, listLink, Tile, Tiles, toneIf } from '../../ui';
import { ageChart, ChartFigure, hourlyChart, orNone } from '../../ui/charts';
import { BASE } from './shared';

const WORK_TYPE_LABEL: Record<string, string> = { Pick: 'Pick work', PutAway: 'Put-away work', Count: 'Count work' };
const WORK_STATUS_LABEL: Record<string, string> = { Open: 'not started', InProcess: 'in process', PendingReview: 'pending review' };

const orders = (filters: Record<string, string>) => listLink(`${BASE}/orders`, 'oo', { status: 'Active', ...filters });

function OverviewFigures({ o }: { o: Figures }) {
  const release = o.ordersToRelease;
  return (
    <>
      <Tiles title="Orders to release">
        <Tile label="Ship date passed" value={release.overdue} tone={toneIf(release.overdue, 'bad')} to={orders({ releaseStatus: 'Open', requestedShipBefore: o.generatedAt })} />
        <Tile label="To ship today" value={release.today} tone={toneIf(release.today, 'warn')} to={orders({ releaseStatus: 'Open', requestedShipFrom: o.generatedAt, requestedShipBefore: o.windowEnd })} />
        <Tile label="To ship later" value={release.later} to={orders({ releaseStatus: 'Open', requestedShipFrom: o.windowEnd })} />
        <Tile label="No ship date" value={release.noDate} hint={`Of ${String(release.total)} not released`} to={orders({ releaseStatus: 'Open' })} />
        <Tile label="Partly released" value={o.partiallyReleasedOrders} to={orders({ releaseStatus: 'PartiallyReleased' })} />
      </Tiles>
      <Tiles title="Waves and work">
        <Tile label="Waves to process" value={o.waves.toProcess} tone={toneIf(o.waves.toProcess, 'warn')} to={listLink(`${BASE}/waves`, 'wv', { status: 'Open' })} />
        <Tile label="Waves being picked" value={o.waves.picking} to={listLink(`${BASE}/waves`, 'wv', { picking: 'true' })} />
        {o.openWork.length === 0 && <Tile label="Open work" value={0} to={listLink(`${BASE}/work`, 'wk', { status: 'Open' })} />}
        {o.openWork.map((w) => (
          <Tile key={`${w.workType}-${w.status}`} label={`${WORK_TYPE_LABEL[w.workType] ?? w.workType}, ${WORK_STATUS_LABEL[w.status] ?? w.status}`} value={w.count} to={listLink(`${BASE}/work`, 'wk', { workType: w.workType, status: w.status })} />
        ))}
      </Tiles>
      <Tiles title="Loads">
        <Tile label="Loads to ship confirm" value={o.loads.loaded} tone={toneIf(o.loads.loaded, 'warn')} hint="Picked, waiting for ship confirm" to={listLink(`${BASE}/loads`, 'ol', { loadStatus: 'Loaded' })} />
        <Tile label="Loads being picked" value={o.loads.inProcess} to={listLink(`${BASE}/loads`, 'ol', { loadStatus: 'InProcess' })} />
        <Tile label="Loads waiting for a wave" value={o.loads.open} to={listLink(`${BASE}/loads`, 'ol', { loadStatus: 'Open' })} />
        <Tile label="Loads shipped today" value={o.loads.shippedToday} tone={toneIf(o.loads.shippedToday, 'ok')} to={listLink(`${BASE}/loads`, 'ol', { loadStatus: 'Shipped' })} />
      </Tiles>
      <div className="qs-charts">
        <ChartFigure title="Picks per hour today, by worker" kind="stacked" data={hourlyChart(o.picksByWorker)} empty="No picks yet today." />
        <ChartFigure title="Picks per hour today, by zone" kind="stacked" data={hourlyChart(o.picksByZone, orNone('No zone'))} empty="No picks yet today." />
        <ChartFigure
          title="Backlog age"
          data={ageChart([
            { name: 'Orders to release', ages: o.ordersToReleaseAge },
            { name: 'Open pick work', ages: o.openPickWorkAge },
          ])}
          empty="Nothing is waiting."
        />
      </div>
    </>
  );
}

/** What outbound has to do today, as D365's outbound workspace opens: the counts link to the lists behind them. */
export function OutboundOverview() {
  const query = useOutboundOverview();
  return (
    <FetchedOverview query={query}>{(o) => <OverviewFigures o={o} />}</FetchedOverview>
  );
}
