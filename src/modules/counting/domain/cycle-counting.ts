/** Cycle counting work statuses as data: what may follow what. */
export const CYCLE_WORK_TRANSITIONS = {
  Open: ['PendingReview', 'Closed'],
  PendingReview: ['Closed', 'Open'],
  Closed: [],
} as const;
export type CycleWorkStatus = keyof typeof CYCLE_WORK_TRANSITIONS;

export const CREATED_BY = ['Threshold', 'Plan', 'Manual'] as const;
export type CreatedBy = (typeof CREATED_BY)[number];

export const REVIEW_DECISIONS = ['Accept', 'Reject', 'Recount'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

export function mayMove(from: CycleWorkStatus, to: CycleWorkStatus): boolean {
  return (CYCLE_WORK_TRANSITIONS[from] as readonly string[]).includes(to);
}

export interface Tolerance {
  /** Percent of the on-hand at count. */
  maxPercentage: number | null;
  /** Micro-units. */
  maxQuantity: number | null;
}

/**
 * Whether a counted line is outside the tolerance. With no limit at all, any difference is; with
 * limits, a difference beyond either limit is. A count of stock where none was expected is
 * infinitely many percent off.
 */
export function outsideTolerance(onHand: number, adjustment: number, t: Tolerance): boolean {
  const diff = Math.abs(adjustment);
  if (diff === 0) return false;
  if (t.maxPercentage === null && t.maxQuantity === null) return true;
  if (t.maxQuantity !== null && diff > t.maxQuantity) return true;
  if (t.maxPercentage !== null) {
    const pct = onHand === 0 ? Number.POSITIVE_INFINITY : (diff * 100) / Math.abs(onHand);
    if (pct > t.maxPercentage) return true;
  }
  return false;
}

/**
 * What happens to counted work: a supervisor's count, or one within tolerance, is adjusted at
 * once; anything else waits for a manager.
 */
export function afterCount(lines: ReadonlyArray<{ onHand: number; adjustment: number }>, t: Tolerance, countedBySupervisor: boolean): 'Closed' | 'PendingReview' {
  if (countedBySupervisor) return 'Closed';
  return lines.some((l) => outsideTolerance(l.onHand, l.adjustment, t)) ? 'PendingReview' : 'Closed';
}
