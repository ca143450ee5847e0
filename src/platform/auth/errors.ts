import { defineError } from '../errors.js';

export const AuthErrors = {
  signInFailed: defineError('AUTH.SIGN_IN_FAILED', 401, 'The username or password is wrong'),
  accountLocked: defineError('AUTH.ACCOUNT_LOCKED', 401, 'Too many failed sign-ins; the account is locked for a while'),
  lastAdmin: defineError('AUTH.LAST_ADMIN', 409, 'The last enabled admin user cannot be disabled or given another role'),
  sessionExpired: defineError('AUTH.SESSION_EXPIRED', 401, 'The session has expired'),
};
