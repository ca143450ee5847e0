import { i18n, useTranslation } from '../../i18n';
import { term } from '../../ui';
import { STOCK_PATH } from '../../app/stock-links';
import { useOnHandOverview, type OnHandOverview as Figures } from '../../api/overviews';
import { useMay } from '../../auth/roles';
import { FetchedOverview, formatDateTime, Tile, Tiles, toneIf } from '../../ui';
import { ChartFigure, hourlyChart } from '../../ui/charts';


function OverviewFigures({ o }: { o: Figures }) {
  const { t } = useTranslation('onHand');
  const mayCheck = useMay('warehouse_manager');
  const check = o.lastConsistencyCheck;
  const byStatus = {
    categories: o.stockRowsByStatus.map((s) => (s.available ? s.inventoryStatusId : i18n.t('terms:blocked', { status: s.inventoryStatusId }))),
    series: [{ name: t('ov_stockRows'), values: o.stockRowsByStatus.map((s) => s.count) }],
  };
  const blocked = o.stockRowsByStatus.filter((s) => !s.available).reduce((sum, s) => sum + s.count, 0);
  return (
    <>
      <Tiles title={t('ov_stock')}>
        <Tile label={t('ov_items')} value={o.itemsInStock} to={STOCK_PATH} />
        <Tile label={t('ov_locations')} value={o.locationsWithStock} to={STOCK_PATH} />
        <Tile label={t('ov_lps')} value={o.licensePlatesWithStock} to={STOCK_PATH} />
        <Tile label={t('ov_blocked')} value={blocked} tone={toneIf(blocked, 'warn')} hint={t('ov_blockedHint')} />
        <Tile label={t('ov_reserved')} value={o.reservedStockRows} />
        <Tile label={t('ov_carried')} value={o.carriedByWorkers} hint={t('ov_carriedHint')} />
        <Tile
          label={t('ov_lastCheck')}
          value={check === null ? '—' : check.consistent ? t('ov_consistent') : t('ov_differences', { count: check.differences })}
          tone={check === null ? undefined : check.consistent ? 'ok' : 'bad'}
          hint={check === null ? t('ov_notRun') : formatDateTime(check.checkedAt)}
          to={mayCheck ? '/workspaces/on-hand/consistency' : undefined}
        />
      </Tiles>
      <div className="qs-charts">
        <ChartFigure title={t('ov_movements')} kind="stacked" data={hourlyChart(o.movementsByKind, (k) => term('movementKind', k))} empty={t('ov_noMoves')} />
        <ChartFigure title={t('ov_byStatus')} data={byStatus} empty={t('ov_noStock')} />
      </div>
    </>
  );
}

/** How the stock stands and how it moved today; the stock table and its ledger are the next tabs. */
export function OnHandOverview() {
  const query = useOnHandOverview();
  return (
    <FetchedOverview query={query}>{(o) => <OverviewFigures o={o} />}</FetchedOverview>
  );
}
