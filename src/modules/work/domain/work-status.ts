export const WORK_TYPES = ['PutAway', 'Pick', 'Count', 'Replenishment'] as const;
export type WorkType = (typeof WORK_TYPES)[number];

export const WORK_STATUSES = ['Open', 'InProcess', 'PendingReview', 'Closed', 'Canceled'] as const;
export type WorkStatus = (typeof WORK_STATUSES)[number];

export const LINE_TYPES = ['Pick', 'Put'] as const;
export type WorkLineType = (typeof LINE_TYPES)[number];

/** Which status may follow which; PendingReview is for counting work with a discrepancy. */
export const WORK_TRANSITIONS: Record<WorkStatus, readonly WorkStatus[]> = {
  Open: ['InProcess', 'Closed', 'Canceled'],
  InProcess: ['InProcess', 'PendingReview', 'Closed', 'Canceled'],
  PendingReview: ['Closed', 'Canceled'],
  Closed: [],
  Canceled: [],
};

export function mayMove(from: string, to: WorkStatus): boolean {
  return (WORK_TRANSITIONS[from as WorkStatus] ?? []).includes(to);
}

/** Work is closed when every line is; it is in process as soon as it is taken or a line is handled. */
export function statusAfterLines(current: WorkStatus, lineStatuses: readonly string[]): WorkStatus {
  if (lineStatuses.length > 0 && lineStatuses.every((s) => s === 'Closed' || s === 'Canceled')) return 'Closed';
  return current === 'Open' ? 'InProcess' : current;
}
