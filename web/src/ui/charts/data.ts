import type { AgeCounts, HourlySeries } from '../../api/overviews';
import type { ChartData, ChartSeries } from './ChartFigure';

const hour = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
const day = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short' });

export const hourLabel = (iso: string) => hour.format(new Date(iso));
export const dayLabel = (iso: string) => day.format(new Date(iso));

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
    series: [...own.map((k): ChartSeries => ({ name: label(k), values: of([k]) })), ...(rest.length > 0 ? [{ name: 'Others', values: of(rest) }] : [])],
  };
}

const AGE_LABELS: Record<string, string> = {
  under1h: 'Under 1 hour',
  '1to4h': '1–4 hours',
  '4to24h': '4–24 hours',
  '1to3d': '1–3 days',
  '3to7d': '3–7 days',
  over7d: 'Over 7 days',
};

/** Backlog ages of one or more kinds of record (orders, work) side by side. */
export function ageChart(kinds: { name: string; ages: AgeCounts }[]): ChartData {
  const buckets = kinds[0]?.ages.map((a) => a.bucket) ?? [];
  return {
    categories: buckets.map((b) => AGE_LABELS[b] ?? b),
    series: kinds.map((k) => ({ name: k.name, values: buckets.map((b) => k.ages.find((a) => a.bucket === b)?.count ?? 0) })),
  };
}

/** "" is what the server answers for records without a zone or worker. */
export const orNone = (none: string) => (key: string) => (key === '' ? none : key);
