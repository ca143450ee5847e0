/** Time is injected so that rules and tests never depend on the wall clock. Epoch milliseconds everywhere. */
export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

/** A clock that tests move by hand. */
export class ManualClock implements Clock {
  constructor(private current: number = Date.parse('2026-01-05T08:00:00Z')) {}
  now(): number {
    return this.current;
  }
  advance(ms: number): void {
    this.current += ms;
  }
  set(epochMs: number): void {
    this.current = epochMs;
  }
}

/**
 * ISO 8601 text of an instant; null for none, and also for a stored value no date can have (a bad row
 * written before bounds existed, or by hand), so that one such row never makes a whole list fail.
 */
export function toIso(epochMs: number | string | null | undefined): string | null {
  if (epochMs === null || epochMs === undefined) return null;
  const date = new Date(Number(epochMs));
  return Number.isFinite(date.getTime()) ? date.toISOString() : null;
}

/** The instants a person may name: from 1970 through the year 9999 (what ISO 8601 writes with four digits). */
export const LATEST_INSTANT = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

export function isBoundedInstant(epochMs: number): boolean {
  return Number.isFinite(epochMs) && epochMs >= 0 && epochMs <= LATEST_INSTANT;
}

export function fromIso(iso: string | null | undefined): number | null {
  if (iso === null || iso === undefined || iso === '') return null;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : ms;
}
