import { STOCK_PATH } from '../../app/stock-links';
import { useOnHandOverview, type OnHandOverview as Figures } from '../../api/overviews';
import { useMay } from '../../auth/roles';
import { FetchedOverview, formatDateTime, Tile, Tiles, toneIf } from '../../ui';
import { ChartFigure, hourlyChart } from '../../ui/charts';

const KIND_LABEL: Record<string, string> = { Receipt: 'Receipts', Issue: 'Issues', Transfer: 'Moves', Adjustment: 'Adjustments', StatusChange: 'Status changes' };

function OverviewFigures({ o }: { o: Figures }) {
  const mayCheck = useMay('warehouse_manager');
  const check = o.lastConsistencyCheck;
  const byStatus = {
    categories: o.stockRowsByStatus.map((s) => `${s.inventoryStatusId}${s.available ? '' : ' (blocked)'}`),
    series: [{ name: 'Stock rows', values: o.stockRowsByStatus.map((s) => s.count) }],
  };
  const blocked = o.stockRowsByStatus.filter((s) => !s.available).reduce((sum, s) => sum + s.count, 0);
  return (
    <>
      <Tiles title="Stock">
        <Tile label="Items in stock" value={o.itemsInStock} to={STOCK_PATH} />
        <Tile label="Locations with stock" value={o.locationsWithStock} to={STOCK_PATH} />
        <Tile label="License plates with stock" value={o.licensePlatesWithStock} to={STOCK_PATH} />
        <Tile label="Stock rows in a blocked status" value={blocked} tone={toneIf(blocked, 'warn')} hint="Not available to reserve or pick" />
        <Tile label="Stock rows with a reservation" value={o.reservedStockRows} />
        <Tile label="Workers carrying stock" value={o.carriedByWorkers} hint="Picked and not put down yet" />
        <Tile
          label="Last ledger check"
          value={check === null ? '—' : check.consistent ? 'Consistent' : `${String(check.differences)} differences`}
          tone={check === null ? undefined : check.consistent ? 'ok' : 'bad'}
          hint={check === null ? 'Not run yet' : formatDateTime(check.checkedAt)}
          to={mayCheck ? '/workspaces/on-hand/consistency' : undefined}
        />
      </Tiles>
      <div className="qs-charts">
        <ChartFigure title="Ledger movements per hour today, by kind" kind="stacked" data={hourlyChart(o.movementsByKind, (k) => KIND_LABEL[k] ?? k)} empty="No stock moved yet today." />
        <ChartFigure title="Stock rows by inventory status" data={byStatus} empty="No stock." />
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
