import type { FastifyReply, FastifyRequest } from 'fastify';

export const ODATA_VERSION = '4.0';
export const JSON_TYPE = 'application/json; odata.metadata=minimal; odata.streaming=true';

/** The service root as the caller reached it (behind a trusted proxy, as X-Forwarded-* say). */
export function serviceRoot(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}/data/`;
}

export function odataJson(reply: FastifyReply, status: number, body: unknown): FastifyReply {
  reply.status(status).header('odata-version', ODATA_VERSION);
  return body === undefined ? reply.send() : reply.type(JSON_TYPE).send(body);
}

/** The page size a client asks for with `Prefer: odata.maxpagesize=N`, if any. */
export function preferredPageSize(request: FastifyRequest): number | undefined {
  const prefer = request.headers.prefer;
  const text = Array.isArray(prefer) ? prefer.join(',') : prefer;
  const match = text === undefined ? null : /(?:^|[,;\s])odata\.maxpagesize\s*=\s*"?(\d{1,9})"?/i.exec(text);
  const size = match?.[1] === undefined ? undefined : Number(match[1]);
  return size !== undefined && size > 0 ? size : undefined;
}

/** `Prefer: return=minimal`: the client wants 204 instead of the created entity. */
export function prefersMinimal(request: FastifyRequest): boolean {
  const prefer = request.headers.prefer;
  const text = Array.isArray(prefer) ? prefer.join(',') : (prefer ?? '');
  return /(?:^|[,;\s])return\s*=\s*minimal/i.test(text);
}
