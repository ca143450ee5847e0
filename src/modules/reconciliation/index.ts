/**
 * Reconciliation: keeping the ERP's on-hand in step. Source system on-hand reports (by hand and
 * recurring), the warehouse inventory update log, and the drift explanation. The wiring (routes, the
 * recurring report process) is in module.ts; the update log is published by a source system process
 * (main.ts plugs publishUpdateLog in).
 *
 * Tables: on_hand_reports, on_hand_report_lines, update_log_state, update_log_entries.
 * Events: sourceSystemOnHandReport.created, warehouseInventoryUpdateLog.published.
 */
export { createOnHandReport, type OnHandReportRequest } from './commands/create-on-hand-report.js';
export { publishUpdateLog } from './commands/publish-update-log.js';
export { scheduleOnHandReport, ON_HAND_REPORT_PROCESS } from './commands/recurring-report.js';
export { explainDrift, type DriftLine, type DriftReason } from './db/drift.js';
export { ReconciliationErrors } from './errors.js';
export { updateLogRows } from './db/update-log-reads.js';
export { onHandReportRows, onHandReportLineRows } from './db/on-hand-report-reads.js';
