import { useReconciliationOverview, type ReconciliationOverview as Figures } from '../../api/overviews';
import { Fetched, formatDateTime, OverviewFrame, Tile, Tiles, toneIf } from '../../ui';
import { ChartFigure, dayLabel } from '../../ui/charts';
import { RECONCILIATION_PATH } from './SourceSystemPicker';

type SourceFigures = Figures['sourceSystems'][number];

const REASON_LABEL: Record<string, string> = {
  RegisteredNotReceivingCompleted: 'Registered, receiving not completed',
  PickedNotShipConfirmed: 'Picked, not ship confirmed',
  UpdateLogEntryNotPublished: 'Update log entry not published',
  StatusChangeNotReported: 'Status change not reported',
};

function SourceSystemFigures({ s }: { s: SourceFigures }) {
  const base = `${RECONCILIATION_PATH}/${encodeURIComponent(s.sourceSystemId)}`;
  const drift = {
    categories: s.drift.map((d, i) => (i === s.drift.length - 1 ? 'Now' : dayLabel(d.at))),
    series: [
      { name: 'Lines with a difference', values: s.drift.map((d) => d.linesWithDifference) },
      { name: 'Open documents', values: s.drift.map((d) => d.openDocuments) },
    ],
  };
  return (
    <>
      <Tiles title={`${s.name} (${s.sourceSystemId})`}>
        <Tile label="Lines with a difference" value={s.linesWithDifference} tone={toneIf(s.linesWithDifference, 'warn')} hint="Physical on-hand differs from what it was told" to={`${base}/drift`} />
        {s.openDocuments
          .filter((d) => d.count > 0)
          .map((d) => (
            <Tile key={d.reason} label={REASON_LABEL[d.reason] ?? d.reason} value={d.count} to={`${base}/drift`} />
          ))}
        <Tile label="Last on-hand report" value={s.lastReport?.inventoryAsOfDate ?? 'None'} hint={s.lastReport ? `Made ${formatDateTime(s.lastReport.createdAt)}` : 'No report made yet'} to={`${base}/reports`} />
        <Tile label="Update log entries published" value={s.updateLog?.lastSequence ?? 0} hint={s.updateLog?.lastPublishedAt ? `Last ${formatDateTime(s.updateLog.lastPublishedAt)}` : 'None yet'} to={`${base}/update-log`} />
      </Tiles>
      <ChartFigure title={`Drift over the last ${String(s.drift.length)} days: ${s.name}`} kind="lines" data={drift} />
    </>
  );
}

/** For each source system: how far its picture of the stock is behind the warehouse's, now and over the last days. */
export function ReconciliationOverview() {
  const query = useReconciliationOverview();
  return (
    <Fetched query={query} what="Working out the drift of each source system">
      {(o) => (
        <OverviewFrame generatedAt={o.generatedAt} refreshing={query.isFetching} onRefresh={() => void query.refetch()}>
          <div className="qs-charts">
            {o.sourceSystems.map((s) => (
              <div key={s.sourceSystemId} className="qs-stack">
                <SourceSystemFigures s={s} />
              </div>
            ))}
          </div>
        </OverviewFrame>
      )}
    </Fetched>
  );
}
