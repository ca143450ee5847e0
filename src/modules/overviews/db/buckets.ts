import { sql, type RawBuilder } from 'kysely';
import { AGE_BUCKETS, HOUR_MS, type AgeBucket, type HourWindow } from '../domain/time-window.js';

/**
 * Integers written into the SQL text rather than bound: the same expression then reads the same in the
 * select list and in GROUP BY (PostgreSQL refuses a grouped expression whose parameters are numbered
 * differently), and SQLite divides them as integers (a bound JavaScript number arrives as a REAL).
 */
export function literal(n: number): RawBuilder<number> {
  if (!Number.isSafeInteger(n)) throw new Error(`not an integer instant: ${String(n)}`);
  return sql.lit(n);
}

/** Which hour of the window an epoch-millisecond column falls in, counted from 0; rows must be inside the window. */
export function hourOf(column: string, window: HourWindow): RawBuilder<number> {
  return sql<number>`(${sql.ref(column)} - ${literal(window.from)}) / ${literal(HOUR_MS)}`;
}

/** The age bucket (AGE_BUCKETS) of an epoch-millisecond column, as of now. */
export function ageBucketOf(column: string, now: number): RawBuilder<AgeBucket> {
  const ref = sql.ref(column);
  const cases = AGE_BUCKETS.filter((b) => b.toHours !== null).map((b) => sql`WHEN ${ref} > ${literal(now - (b.toHours ?? 0) * HOUR_MS)} THEN ${sql.lit(b.bucket)}`);
  return sql<AgeBucket>`CASE ${sql.join(cases, sql` `)} ELSE ${sql.lit(AGE_BUCKETS[AGE_BUCKETS.length - 1]?.bucket ?? 'over7d')} END`;
}

export interface HourlySeries {
  keys: string[];
  hours: { hourStart: string; counts: Record<string, number>; total: number }[];
}

/**
 * Grouped counts (hour, key, n) made into one entry per hour of the window, zeros included, so that a
 * chart's axis has every hour; keys come largest total first.
 */
export function hourlySeries(window: HourWindow, rows: readonly { hour: number | string; key: string | null; n: number | string }[]): HourlySeries {
  const totals = new Map<string, number>();
  const hours: HourlySeries['hours'] = Array.from({ length: window.hours }, (_, i) => ({ hourStart: new Date(window.from + i * HOUR_MS).toISOString(), counts: {}, total: 0 }));
  for (const row of rows) {
    const entry = hours[Number(row.hour)];
    if (!entry) continue;
    const key = row.key ?? '';
    const n = Number(row.n);
    entry.counts[key] = (entry.counts[key] ?? 0) + n;
    entry.total += n;
    totals.set(key, (totals.get(key) ?? 0) + n);
  }
  const keys = [...totals.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([key]) => key);
  return { keys, hours };
}

export interface AgeCount {
  bucket: AgeBucket;
  fromHours: number;
  toHours: number | null;
  count: number;
}

/** Grouped counts (bucket, n) as every bucket in order, zeros included. */
export function ageCounts(rows: readonly { bucket: string; n: number | string }[]): AgeCount[] {
  return AGE_BUCKETS.map((b) => ({ ...b, count: rows.filter((r) => r.bucket === b.bucket).reduce((sum, r) => sum + Number(r.n), 0) }));
}

/** A count(*) as a number: PostgreSQL answers bigint counts as text. */
export const count = (row: { n: number | string | bigint } | undefined): number => Number(row?.n ?? 0);
