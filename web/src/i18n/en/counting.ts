/** Counting: journals, cycle counts, review, its overview. */
export const counting = {
  ov_waiting: 'Waiting',
  ov_pending: 'Counts pending review',
  ov_pendingHint: 'Outside the limits: accept or reject',
  ov_toDo: 'Cycle counts to do',
  ov_openJournals: 'Open counting journals',
  ov_doneToday: 'Done today',
  ov_closed: 'Cycle counts closed',
  ov_posted: 'Journals posted',
  ov_byWorker: 'Counted lines per hour today, by worker',
  ov_byZone: 'Counted lines per hour today, by zone',
  ov_nothing: 'Nothing counted yet today.',
  ov_noZone: 'No zone',
  ov_backlog: 'Backlog age',
  ov_noneWaiting: 'No cycle count is waiting.',
  ov_outcome: {
    Adjusted: 'Adjusted',
    NoDifference: 'No difference',
    Accepted: 'Accepted after review',
    Rejected: 'Rejected after review',
  },
};
