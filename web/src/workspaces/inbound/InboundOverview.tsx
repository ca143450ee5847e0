import { useTranslation } from '../../i18n';
import { useInboundOverview, type InboundOverview as Figures } from '../../api/overviews';
import { FetchedOverview, listLink, Tile, Tiles, toneIf } from '../../ui';
import { ageChart, ChartFigure, hourlyChart, orNone } from '../../ui/charts';

const BASE = '/workspaces/inbound';
const orders = (filters: Record<string, string>) => listLink(`${BASE}/orders`, 'io', { status: 'Active', ...filters });
const loads = (loadStatus: string) => listLink(`${BASE}/loads`, 'il', { loadStatus });

function OverviewFigures({ o }: { o: Figures }) {
  const { t } = useTranslation('inbound');
  const receive = o.ordersToReceive;
  return (
    <>
      <Tiles title={t('ov_toReceive')}>
        <Tile label={t('ov_overdue')} value={receive.overdue} tone={toneIf(receive.overdue, 'bad')} to={orders({ receivingStatus: 'Open', plannedReceiptBefore: o.windowStart })} />
        <Tile label={t('ov_today')} value={receive.today} tone={toneIf(receive.today, 'warn')} to={orders({ receivingStatus: 'Open', plannedReceiptFrom: o.windowStart, plannedReceiptBefore: o.windowEnd })} />
        <Tile label={t('ov_later')} value={receive.later} to={orders({ receivingStatus: 'Open', plannedReceiptFrom: o.windowEnd })} />
        <Tile label={t('ov_noDate')} value={receive.noDate} hint={t('ov_ofTotal', { total: receive.total })} to={orders({ receivingStatus: 'Open' })} />
        <Tile label={t('ov_partly')} value={o.partiallyReceivedOrders} to={orders({ receivingStatus: 'PartiallyReceived' })} />
      </Tiles>
      <Tiles title={t('ov_loadsReceipts')}>
        <Tile label={t('ov_onTheWay')} value={o.loads.shipped} tone={toneIf(o.loads.shipped, 'warn')} hint={t('ov_onTheWayHint')} to={loads('Shipped')} />
        <Tile label={t('ov_beingReceived')} value={o.loads.inProcess} to={loads('InProcess')} />
        <Tile label={t('ov_planned')} value={o.loads.open} to={loads('Open')} />
        <Tile label={t('ov_receivedToday')} value={o.loads.receivedToday} tone={toneIf(o.loads.receivedToday, 'ok')} to={loads('Received')} />
        <Tile label={t('ov_toPost')} value={o.shipmentReceipts.readyForPosting} to={listLink(`${BASE}/receipts`, 'sr', { postingStatus: 'ReadyForPosting' })} />
        <Tile label={t('ov_postFailed')} value={o.shipmentReceipts.postingFailed} tone={toneIf(o.shipmentReceipts.postingFailed, 'bad')} to={listLink(`${BASE}/receipts`, 'sr', { postingStatus: 'ReadyForPosting' })} />
      </Tiles>
      <Tiles title={t('ov_putAway')}>
        <Tile label={t('ov_putAwayOpen')} value={o.openPutAwayWork.open} tone={toneIf(o.openPutAwayWork.open, 'warn')} to={listLink('/workspaces/outbound/work', 'wk', { workType: 'PutAway', status: 'Open' })} />
        <Tile label={t('ov_putAwayInProcess')} value={o.openPutAwayWork.inProcess} to={listLink('/workspaces/outbound/work', 'wk', { workType: 'PutAway', status: 'InProcess' })} />
      </Tiles>
      <div className="qs-charts">
        <ChartFigure title={t('ov_byWorker')} kind="stacked" data={hourlyChart(o.receiptsByWorker)} empty={t('ov_nothingToday')} />
        <ChartFigure title={t('ov_byZone')} kind="stacked" data={hourlyChart(o.receiptsByZone, orNone(t('ov_noZone')))} empty={t('ov_nothingToday')} />
        <ChartFigure title={t('ov_backlog')} data={ageChart([{ name: t('ov_openPutAway'), ages: o.openPutAwayWorkAge }])} empty={t('ov_noPutAway')} />
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
