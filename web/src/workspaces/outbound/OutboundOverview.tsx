import { useTranslation } from '../../i18n';
import { useOutboundOverview, type OutboundOverview as Figures } from '../../api/overviews';
import { FetchedOverview, listLink, Tile, Tiles, toneIf } from '../../ui';
import { ageChart, ChartFigure, hourlyChart, orNone } from '../../ui/charts';
import { BASE } from './shared';


const orders = (filters: Record<string, string>) => listLink(`${BASE}/orders`, 'oo', { status: 'Active', ...filters });

function OverviewFigures({ o }: { o: Figures }) {
  const { t } = useTranslation('outbound');
  const release = o.ordersToRelease;
  return (
    <>
      <Tiles title={t('ov_toRelease')}>
        <Tile label={t('ov_overdue')} value={release.overdue} tone={toneIf(release.overdue, 'bad')} to={orders({ releaseStatus: 'Open', requestedShipBefore: o.generatedAt })} />
        <Tile label={t('ov_today')} value={release.today} tone={toneIf(release.today, 'warn')} to={orders({ releaseStatus: 'Open', requestedShipFrom: o.generatedAt, requestedShipBefore: o.windowEnd })} />
        <Tile label={t('ov_later')} value={release.later} to={orders({ releaseStatus: 'Open', requestedShipFrom: o.windowEnd })} />
        <Tile label={t('ov_noDate')} value={release.noDate} hint={t('ov_ofTotal', { total: release.total })} to={orders({ releaseStatus: 'Open' })} />
        <Tile label={t('ov_partly')} value={o.partiallyReleasedOrders} to={orders({ releaseStatus: 'PartiallyReleased' })} />
      </Tiles>
      <Tiles title={t('ov_wavesWork')}>
        <Tile label={t('ov_wavesToProcess')} value={o.waves.toProcess} tone={toneIf(o.waves.toProcess, 'warn')} to={listLink(`${BASE}/waves`, 'wv', { status: 'Open' })} />
        <Tile label={t('ov_wavesPicking')} value={o.waves.picking} to={listLink(`${BASE}/waves`, 'wv', { picking: 'true' })} />
        {o.openWork.length === 0 && <Tile label={t('ov_openWork')} value={0} to={listLink(`${BASE}/work`, 'wk', { status: 'Open' })} />}
        {o.openWork.map((w) => (
          <Tile key={`${w.workType}-${w.status}`} label={t('ov_workTile', { type: t(`ov_workType.${w.workType}` as never, { defaultValue: w.workType }), status: t(`ov_workStatus.${w.status}` as never, { defaultValue: w.status }) })} value={w.count} to={listLink(`${BASE}/work`, 'wk', { workType: w.workType, status: w.status })} />
        ))}
      </Tiles>
      <Tiles title={t('ov_loads')}>
        <Tile label={t('ov_toConfirm')} value={o.loads.loaded} tone={toneIf(o.loads.loaded, 'warn')} hint={t('ov_toConfirmHint')} to={listLink(`${BASE}/loads`, 'ol', { loadStatus: 'Loaded' })} />
        <Tile label={t('ov_loadsPicking')} value={o.loads.inProcess} to={listLink(`${BASE}/loads`, 'ol', { loadStatus: 'InProcess' })} />
        <Tile label={t('ov_loadsWaiting')} value={o.loads.open} to={listLink(`${BASE}/loads`, 'ol', { loadStatus: 'Open' })} />
        <Tile label={t('ov_shippedToday')} value={o.loads.shippedToday} tone={toneIf(o.loads.shippedToday, 'ok')} to={listLink(`${BASE}/loads`, 'ol', { loadStatus: 'Shipped' })} />
      </Tiles>
      <div className="qs-charts">
        <ChartFigure title={t('ov_byWorker')} kind="stacked" data={hourlyChart(o.picksByWorker)} empty={t('ov_noPicks')} />
        <ChartFigure title={t('ov_byZone')} kind="stacked" data={hourlyChart(o.picksByZone, orNone(t('ov_noZone')))} empty={t('ov_noPicks')} />
        <ChartFigure
          title={t('ov_backlog')}
          data={ageChart([
            { name: t('ov_toRelease'), ages: o.ordersToReleaseAge },
            { name: t('ov_openPick'), ages: o.openPickWorkAge },
          ])}
          empty={t('ov_nothingWaiting')}
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
