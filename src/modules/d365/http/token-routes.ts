import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { Type, type Static } from 'typebox';
import { ACCESS_TOKEN_LIFETIME_SECONDS, issueAccessToken } from '../../../platform/auth/access-tokens.js';
import type { AppContext } from '../../../platform/context.js';
import { CommonErrors, DomainError } from '../../../platform/errors.js';
import { problemForError } from '../../../platform/http/problem.js';
import { BODY_LIMITS } from '../../../platform/http/input-guard.js';
import type { App } from '../../../platform/http/server.js';
import { Text } from '../../../platform/http/schema-types.js';
import { D365Errors } from '../errors.js';

/** RFC 6749 section 5.2 error codes for Quayside's codes; anything else is a malformed request. */
const OAUTH_CODES: Record<string, string> = {
  [D365Errors.oauthInvalidClient.code]: 'invalid_client',
  [D365Errors.oauthUnsupportedGrantType.code]: 'unsupported_grant_type',
  [CommonErrors.unauthenticated.code]: 'invalid_client',
};

const TokenRequest = Type.Object({
  grant_type: Text(100),
  client_id: Type.Optional(Text(200)),
  client_secret: Type.Optional(Text(500)),
  // What Azure AD's v2 (scope) and v1 (resource) endpoints take; Quayside has one audience and ignores them.
  scope: Type.Optional(Text(2000)),
  resource: Type.Optional(Text(2000)),
});

function oauthError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const problem = problemForError(error, request);
  const code = OAUTH_CODES[problem.code] ?? (problem.status >= 500 ? 'server_error' : problem.status === 429 ? 'temporarily_unavailable' : 'invalid_request');
  if (code === 'invalid_client') reply.header('www-authenticate', 'Basic realm="quayside"');
  return reply.status(problem.status).header('cache-control', 'no-store').type('application/json').send({ error: code, error_description: problem.detail });
}

/** client_secret_basic: `Authorization: Basic base64(client_id:client_secret)`, both form-encoded (RFC 6749 2.3.1). */
function basicCredentials(request: FastifyRequest): { id: string; secret: string } | undefined {
  const header = request.headers.authorization;
  if (!header?.startsWith('Basic ')) return undefined;
  const decoded = Buffer.from(header.slice(6).trim(), 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  try {
    return { id: decodeURIComponent(decoded.slice(0, colon).replaceAll('+', ' ')), secret: decodeURIComponent(decoded.slice(colon + 1).replaceAll('+', ' ')) };
  } catch {
    return undefined;
  }
}

/**
 * The OAuth 2.0 token endpoint of the client-credentials grant, as connectors written for D365 (Azure AD)
 * call it: client id = the API key's prefix, client secret = the API key (docs/adr/0020). Served at
 * /oauth2/token and /oauth2/v2.0/token, also under a tenant segment, so an Azure AD authority URL can be
 * pointed at Quayside by changing its host.
 */
export function tokenRoutes(app: App, ctx: AppContext): void {
  app.setErrorHandler(oauthError);
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: BODY_LIMITS.small }, (_request, body, done) => {
    const form: Record<string, string> = {};
    for (const [name, value] of new URLSearchParams(typeof body === 'string' ? body : body.toString('utf8'))) {
      if (Object.hasOwn(form, name)) {
        done(new DomainError(D365Errors.oauthInvalidRequest, `${name} is given more than once`, [{ field: name, reason: 'is given more than once' }]), undefined);
        return;
      }
      form[name] = value;
    }
    done(null, form);
  });
  const handler = async (request: FastifyRequest<{ Body: Static<typeof TokenRequest> }>, reply: FastifyReply) => {
    const body = request.body;
    if (body.grant_type !== 'client_credentials') {
      throw new DomainError(D365Errors.oauthUnsupportedGrantType, `grant_type '${body.grant_type.slice(0, 50)}' is not supported; use client_credentials`);
    }
    const basic = basicCredentials(request);
    const clientId = basic?.id ?? body.client_id;
    const secret = basic?.secret ?? body.client_secret;
    if (clientId === undefined || secret === undefined) {
      throw new DomainError(D365Errors.oauthInvalidRequest, 'client_id and client_secret are required (in the form, or as HTTP Basic credentials)');
    }
    const issued = await issueAccessToken(ctx.db.kysely, ctx.ids, ctx.clock.now(), clientId, secret);
    if (!issued) throw new DomainError(D365Errors.oauthInvalidClient, 'The client id and secret do not name a live API key');
    return reply
      .header('cache-control', 'no-store')
      .header('pragma', 'no-cache')
      .send({ token_type: 'Bearer', expires_in: ACCESS_TOKEN_LIFETIME_SECONDS, ext_expires_in: ACCESS_TOKEN_LIFETIME_SECONDS, access_token: issued.token });
  };
  const options = { schema: { hide: true, body: TokenRequest }, config: { access: 'public' as const } };
  for (const path of ['/oauth2/token', '/oauth2/v2.0/token', '/:tenant/oauth2/token', '/:tenant/oauth2/v2.0/token']) {
    app.post(path, { ...options, schema: { ...options.schema, ...(path.startsWith('/:tenant') ? { params: Type.Object({ tenant: Text(100) }) } : {}) } }, handler);
  }
}
