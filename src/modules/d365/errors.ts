import { defineError } from '../../platform/errors.js';

export const D365Errors = {
  unsupportedQuery: defineError('D365.QUERY_NOT_SUPPORTED', 400, 'The OData query uses something this service does not support'),
  invalidQuery: defineError('D365.QUERY_INVALID', 400, 'The OData query is not valid'),
  invalidKey: defineError('D365.KEY_INVALID', 400, 'The entity key in the URL is not valid'),
  unknownResource: defineError('D365.RESOURCE_NOT_FOUND', 404, 'The entity set, entity or action does not exist'),
  companyNotConfigured: defineError('D365.COMPANY_NOT_CONFIGURED', 409, 'The source system has no D365 company (dataAreaId) configured'),
  wrongCompany: defineError('D365.WRONG_COMPANY', 400, "The dataAreaId is not the source system's company"),
  headerMissing: defineError('D365.MESSAGE_HEADER_MISSING', 404, 'No message header with this key is waiting for lines or Complete'),
  messageKeyConflict: defineError('D365.MESSAGE_KEY_CONFLICT', 409, 'The message id is already used by another order, or the message was completed already'),
  oauthInvalidRequest: defineError('OAUTH.INVALID_REQUEST', 400, 'The token request is missing a parameter or has a malformed one'),
  oauthUnsupportedGrantType: defineError('OAUTH.UNSUPPORTED_GRANT_TYPE', 400, 'Only the client_credentials grant is supported'),
  oauthInvalidClient: defineError('OAUTH.INVALID_CLIENT', 401, 'The client id and secret do not name a live API key'),
  tooManyLines: defineError('D365.TOO_MANY_LINES', 400, 'The message has more lines than one message may have'),
};
