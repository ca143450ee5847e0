/**
 * Counting journals (on-hand adjustments an ERP applies as deltas), inventory status changes and
 * license plate moves, and cycle counting work. The wiring (routes, the cycle counting processes) is in
 * module.ts.
 *
 * Tables: counting_journal_names, counting_journals, counting_journal_lines, cycle_count_work,
 * cycle_count_thresholds, cycle_count_plans.
 * Events: countingJournal.posted.
 */
export { createJournal, type NewJournal } from './commands/create-journal.js';
export { registerCounts, type CountInput } from './commands/register-counts.js';
export { postJournal } from './commands/post-journal.js';
export { changeInventoryStatus } from './commands/change-inventory-status.js';
export { moveLicensePlate } from './commands/move-license-plate.js';
export { journalsExcludedFromUpdateLog, journalView } from './db/journal-rows.js';
export { sourceSystemScope, concernedSourceSystems, type SourceSystemScope } from './db/source-system-scope.js';
export { CYCLE_COUNT_JOURNAL_NAME } from './domain/counting.js';
export { countCycleWork, reviewCycleWork } from './commands/count-cycle-work.js';
export { createCycleWork, createManualWork, evaluateThresholds, runPlan } from './commands/cycle-work.js';
export { CountingErrors } from './errors.js';
export { countingJournalRows, countingJournalLineRows } from './db/journal-reads.js';
