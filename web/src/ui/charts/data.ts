import { currentLanguage, i18n } from '../../i18n';
import type { AgeCounts, HourlySeries } from '../../api/overviews';
import type { ChartData, ChartSeries } from './ChartFigure';

// In the user's language, read on every call: a change of language renders the charts again.
export const hourLabel = (iso: string) => new Intl.DateTimeFormat(currentLanguage(), { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));
export const dayLabel = (iso: string) => new Intl.DateTimeFormat(currentLanguage(), { weekday: 'short', day: 'numeric', month: 'short' }).format(new Date(iso));

/**
 * An hourly series as chart data: the keys with the largest totals each a series of their own, the rest
 * added up as "Others" so that a chart of 40 pickers still reads.
 */
export function hourlyChart(series: HourlySeries, label: (key: string) => string = (k) => k, top = 8): ChartData {
  const own = series.keys.slice(0, top);
  const rest = series.keys.slice(top);
  const of = (keys: string[]) => series.hours.map((h) => keys.reduce((sum, k) => sum + (h.counts[k] ?? 0), 0));
  return {
    categories: series.hours.map((h) => hourLabel(h.hourStart)),
    series: [...own.map((k): ChartSeries => ({ name: label(k), values: of([k]) })), ...(rest.length > 0 ? [{ name: i18n.t('ui:others'), values: of(rest) }] : [])],
  };
}


/** Backlog ages of one or more kinds of record (orders, work) side by side. */
export function ageChart(kinds: { name: string; ages: AgeCounts }[]): ChartData {
  const buckets = kinds[0]?.ages.map((a) => a.bucket) ?? [];
  return {
    categories: buckets.map((b) => i18n.t(`ui:age.${b}` as never, { defaultValue: b })),
    series: kinds.map((k) => ({ name: k.name, values: buckets.map((b) => k.ages.find((a) => a.bucket === b)?.count ?? 0) })),
  };
}

/** "" is what the server answers for records without a zone or worker. */
export const orNone = (none: string) => (key: string) => (key === '' ? none : key);
