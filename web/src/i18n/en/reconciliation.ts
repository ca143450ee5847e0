/** Reconciliation: on-hand reports, drift, the update log, schedules, its overview. */
export const reconciliation = {
  ov_linesDiff: 'Lines with a difference',
  ov_openDocs: 'Open documents',
  ov_linesDiffHint: 'Physical on-hand differs from what it was told',
  ov_lastReport: 'Last on-hand report',
  ov_noReport: 'No report made yet',
  ov_published: 'Update log entries published',
  ov_noneYet: 'None yet',
  ov_working: 'Working out the drift of each source system',
  ov_now: 'Now',
  ov_none: 'None',
  ov_made: 'Made {{time}}',
  ov_last: 'Last {{time}}',
  ov_drift: 'Drift over the last {{days}} days: {{name}}',
  ov_reason: {
    RegisteredNotReceivingCompleted: 'Registered, receiving not completed',
    PickedNotShipConfirmed: 'Picked, not ship confirmed',
    UpdateLogEntryNotPublished: 'Update log entry not published',
    StatusChangeNotReported: 'Status change not reported',
  },
};
