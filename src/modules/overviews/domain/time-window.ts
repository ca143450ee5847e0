/**
 * The hours an overview's charts are drawn in. Times are epoch milliseconds; "today" and the hour
 * boundaries are the viewer's, given as the offset of their local time from UTC (a planner in Berlin
 * sees the day from their midnight, one in Mumbai gets hours starting at :30 UTC).
 */
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

/** The widest offset any time zone has from UTC, in minutes (UTC-12 to UTC+14). */
export const MAX_UTC_OFFSET_MINUTES = 840;

export interface HourWindow {
  /** Start of the first hour, inclusive. */
  from: number;
  /** End of the last hour, exclusive. */
  to: number;
  hours: number;
}

/** Start of the local hour or day that holds the instant. */
function startOf(unitMs: number, at: number, utcOffsetMinutes: number): number {
  const offset = utcOffsetMinutes * 60_000;
  return Math.floor((at + offset) / unitMs) * unitMs - offset;
}

/** The viewer's day so far and the rest of it: 24 hours from local midnight. */
export function today(now: number, utcOffsetMinutes: number): HourWindow {
  const from = startOf(DAY_MS, now, utcOffsetMinutes);
  return { from, to: from + DAY_MS, hours: 24 };
}

/** The last `hours` local hours, the current one included. */
export function lastHours(now: number, hours: number, utcOffsetMinutes: number): HourWindow {
  const to = startOf(HOUR_MS, now, utcOffsetMinutes) + HOUR_MS;
  return { from: to - hours * HOUR_MS, to, hours };
}

/** The ends of the last `days` local days, oldest first; the last is now (today is not over yet). */
export function dayEnds(now: number, days: number, utcOffsetMinutes: number): number[] {
  const midnight = startOf(DAY_MS, now, utcOffsetMinutes);
  const ends: number[] = [];
  for (let back = days - 1; back >= 1; back--) ends.push(midnight - (back - 1) * DAY_MS - 1);
  ends.push(now);
  return ends;
}

/** How old open work is, in the buckets a backlog chart shows (hours; the last is open-ended). */
export const AGE_BUCKETS = [
  { bucket: 'under1h', fromHours: 0, toHours: 1 },
  { bucket: '1to4h', fromHours: 1, toHours: 4 },
  { bucket: '4to24h', fromHours: 4, toHours: 24 },
  { bucket: '1to3d', fromHours: 24, toHours: 72 },
  { bucket: '3to7d', fromHours: 72, toHours: 168 },
  { bucket: 'over7d', fromHours: 168, toHours: null },
] as const;

export type AgeBucket = (typeof AGE_BUCKETS)[number]['bucket'];
