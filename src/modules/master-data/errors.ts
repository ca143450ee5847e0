import { defineError } from '../../platform/errors.js';

export const MasterDataErrors = {
  inUse: defineError('MASTER_DATA.IN_USE', 409, 'The record is still used by other records'),
  defaultStatus: defineError('MASTER_DATA.DEFAULT_STATUS_REQUIRED', 409, 'Exactly one available inventory status must be the default'),
};
