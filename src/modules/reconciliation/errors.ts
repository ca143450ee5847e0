import { defineError } from '../../platform/errors.js';

export const ReconciliationErrors = {
  sourceSystemNotFound: defineError('RECONCILIATION.SOURCE_SYSTEM_NOT_FOUND', 404, 'The source system does not exist'),
  reportNotFound: defineError('RECONCILIATION.REPORT_NOT_FOUND', 404, 'The on-hand report does not exist for this source system'),
  scheduleNotFound: defineError('RECONCILIATION.SCHEDULE_NOT_FOUND', 404, 'The source system has no recurring on-hand report'),
  unknownDocument: defineError('RECONCILIATION.UNKNOWN_DOCUMENT', 400, 'The document type is not one that reports stock changes'),
  invalidDate: defineError('RECONCILIATION.INVALID_DATE', 400, 'The date is not a calendar date (YYYY-MM-DD)'),
};
