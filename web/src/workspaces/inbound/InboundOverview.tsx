import { useInboundOverview, type InboundOverview as Figures } from '../../api/overviews';
import { FetchedOverview, listLink, Tile, Tiles, toneIf } from '../../ui';
import { ageChart, ChartFigure, hourlyChart, orNone } from '../../ui/charts';

const BASE = '/workspaces/inbound';
const orders = (filters: Record<string, string>) => listLink(`${BASE}/orders`, 'io', { status: 'Active', ...filters });
const loads = (loadStatus: string) => listLink(`${BASE}/loads`, 'il', { loadStatus });

function OverviewFigures({ o }: { o: Figures }) {
  const receive = o.ordersToReceive;
  return (
    <>
      <Tiles title="Orders to receive">
        <Tile label="Expected before today" value={receive.overdue} tone={toneIf(receive.overdue, 'bad')} to={orders({ receivingStatus: 'Open', plannedReceiptBefore: o.windowStart })} />
        <Tile label="Expected today" value={receive.today} tone={toneIf(receive.today, 'warn')} to={orders({ receivingStatus: 'Open', plannedReceiptFrom: o.windowStart, plannedReceiptBefore: o.windowEnd })} />
        <Tile label="Expected later" value={receive.later} to={orders({ receivingStatus: 'Open', plannedReceiptFrom: o.windowEnd })} />
        <Tile label="No planned date" value={receive.noDate} hint={`Of ${String(receive.total)} with nothing received`} to={orders({ receivingStatus: 'Open' })} />
        <Tile label="Partly received" value={o.partiallyReceivedOrders} to={orders({ receivingStatus: 'PartiallyReceived' })} />
      </Tiles>
      <Tiles title="Loads and receipts">
        <Tile label="Loads on the way" value={o.loads.shipped} tone={toneIf(o.loads.shipped, 'warn')} hint="Shipped by the vendor, waiting to be received" to={loads('Shipped')} />
        <Tile label="Loads being received" value={o.loads.inProcess} to={loads('InProcess')} />
        <Tile label="Loads planned" value={o.loads.open} to={loads('Open')} />
        <Tile label="Loads received today" value={o.loads.receivedToday} tone={toneIf(o.loads.receivedToday, 'ok')} to={loads('Received')} />
        <Tile label="Receipts to post" value={o.shipmentReceipts.readyForPosting} to={listLink(`${BASE}/receipts`, 'sr', { postingStatus: 'ReadyForPosting' })} />
        <Tile label="Receipts whose posting failed" value={o.shipmentReceipts.postingFailed} tone={toneIf(o.shipmentReceipts.postingFailed, 'bad')} to={listLink(`${BASE}/receipts`, 'sr', { postingStatus: 'ReadyForPosting' })} />
      </Tiles>
      <Tiles title="Put-away">
        <Tile label="Put-away work not started" value={o.openPutAwayWork.open} tone={toneIf(o.openPutAwayWork.open, 'warn')} to={listLink('/workspaces/outbound/work', 'wk', { workType: 'PutAway', status: 'Open' })} />
        <Tile label="Put-away work in process" value={o.openPutAwayWork.inProcess} to={listLink('/workspaces/outbound/work', 'wk', { workType: 'PutAway', status: 'InProcess' })} />
      </Tiles>
      <div className="qs-charts">
        <ChartFigure title="Receipts per hour today, by worker" kind="stacked" data={hourlyChart(o.receiptsByWorker)} empty="Nothing received yet today." />
        <ChartFigure title="Receipts per hour today, by zone" kind="stacked" data={hourlyChart(o.receiptsByZone, orNone('No zone'))} empty="Nothing received yet today." />
        <ChartFigure title="Backlog age" data={ageChart([{ name: 'Open put-away work', ages: o.openPutAwayWorkAge }])} empty="No put-away is waiting." />
      </div>
    </>
  );
}

/** What inbound expects and has waiting today, and the receiving done so far. */
export function InboundOverview() {
  const query = useInboundOverview();
  return (
    <FetchedOverview query={query}>{(o) => <OverviewFigures o={o} />}</FetchedOverview>
  );
}
