/** What a counting journal's lines are made from. */
export const COUNTING_BY = ['Location', 'Item', 'LicensePlate'] as const;
export type CountingBy = (typeof COUNTING_BY)[number];

export const JOURNAL_STATUSES = { Open: ['Posted'], Posted: [] } as const;
export type JournalStatus = keyof typeof JOURNAL_STATUSES;

/** The journal name used when none is given, and for cycle counts. */
export const DEFAULT_JOURNAL_NAME = 'Counting';
export const CYCLE_COUNT_JOURNAL_NAME = 'CycleCount';

/**
 * The expected quantity at the moment of counting: the snapshot plus every ledger movement at the
 * same dimensions since the snapshot. The difference the count reveals is measured against this,
 * never against the stale snapshot.
 */
export function countDifference(snapshotQty: number, movedSinceSnapshot: number, countedQty: number): { onHand: number; adjustment: number } {
  const onHand = snapshotQty + movedSinceSnapshot;
  return { onHand, adjustment: countedQty - onHand };
}
