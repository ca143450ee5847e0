import { useTranslation } from '../../i18n';
import { useReconciliationOverview, type ReconciliationOverview as Figures } from '../../api/overviews';
import { Fetched, formatDateTime, OverviewFrame, Tile, Tiles, toneIf } from '../../ui';
import { ChartFigure, dayLabel } from '../../ui/charts';
import { RECONCILIATION_PATH } from './SourceSystemPicker';

type SourceFigures = Figures['sourceSystems'][number];


function SourceSystemFigures({ s }: { s: SourceFigures }) {
  const { t } = useTranslation('reconciliation');
  const base = `${RECONCILIATION_PATH}/${encodeURIComponent(s.sourceSystemId)}`;
  const drift = {
    categories: s.drift.map((d, i) => (i === s.drift.length - 1 ? t('ov_now') : dayLabel(d.at))),
    series: [
      { name: t('ov_linesDiff'), values: s.drift.map((d) => d.linesWithDifference) },
      { name: t('ov_openDocs'), values: s.drift.map((d) => d.openDocuments) },
    ],
  };
  return (
    <>
      <Tiles title={`${s.name} (${s.sourceSystemId})`}>
        <Tile label={t('ov_linesDiff')} value={s.linesWithDifference} tone={toneIf(s.linesWithDifference, 'warn')} hint={t('ov_linesDiffHint')} to={`${base}/drift`} />
        {s.openDocuments
          .filter((d) => d.count > 0)
          .map((d) => (
            <Tile key={d.reason} label={t(`ov_reason.${d.reason}` as never, { defaultValue: d.reason })} value={d.count} to={`${base}/drift`} />
          ))}
        <Tile label={t('ov_lastReport')} value={s.lastReport?.inventoryAsOfDate ?? t('ov_none')} hint={s.lastReport ? t('ov_made', { time: formatDateTime(s.lastReport.createdAt) }) : t('ov_noReport')} to={`${base}/reports`} />
        <Tile label={t('ov_published')} value={s.updateLog?.lastSequence ?? 0} hint={s.updateLog?.lastPublishedAt ? t('ov_last', { time: formatDateTime(s.updateLog.lastPublishedAt) }) : t('ov_noneYet')} to={`${base}/update-log`} />
      </Tiles>
      <ChartFigure title={t('ov_drift', { days: s.drift.length, name: s.name })} kind="lines" data={drift} />
    </>
  );
}

/** For each source system: how far its picture of the stock is behind the warehouse's, now and over the last days. */
export function ReconciliationOverview() {
  const { t } = useTranslation('reconciliation');
  const query = useReconciliationOverview();
  return (
    <Fetched query={query} what={t('ov_working')}>
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
