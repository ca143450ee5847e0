import { defineError } from '../errors.js';

export const AuthErrors = {
  // A locked account gets this answer too, word for word: a different one would tell who has an account.
  signInFailed: defineError('AUTH.SIGN_IN_FAILED', 401, 'The username or password is wrong'),
  busy: defineError('AUTH.BUSY', 503, 'Too many passwords are being checked at this moment; try again in a second'),
  passwordChangeRequired: defineError('AUTH.PASSWORD_CHANGE_REQUIRED', 403, 'The password was set by someone else and must be changed first'),
  csrfTokenInvalid: defineError('AUTH.CSRF_TOKEN_INVALID', 403, 'A change sent with the session cookie needs the session\'s X-CSRF-Token header'),
  rateLimited: defineError('REQUEST.RATE_LIMITED', 429, 'Too many requests; try again after the time in Retry-After'),
  lastAdmin: defineError('AUTH.LAST_ADMIN', 409, 'The last enabled admin user cannot be disabled or given another role'),
  sessionExpired: defineError('AUTH.SESSION_EXPIRED', 401, 'The session has expired'),
  tokenExpired: defineError('AUTH.TOKEN_EXPIRED', 401, 'The access token has expired'),
};
