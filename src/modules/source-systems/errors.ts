import { defineError } from '../../platform/errors.js';

// The codes keep the INTEGRATION prefix they were published with: clients match on them.
export const SourceSystemErrors = {
  sourceSystemExists: defineError('INTEGRATION.SOURCE_SYSTEM_EXISTS', 409, 'The source system already exists'),
  sourceSystemNotFound: defineError('INTEGRATION.SOURCE_SYSTEM_NOT_FOUND', 404, 'The source system does not exist'),
  duplicatePolicy: defineError('INTEGRATION.DUPLICATE_POLICY', 409, 'Two inbound order policies name the same order type and account'),
};
