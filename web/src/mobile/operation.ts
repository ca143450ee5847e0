import { submitOperation } from '../api/operations';
import type { paths } from '../api/schema';
import type { RequestOf, ResponseOf } from '../api/types';

type PostPath = { [P in keyof paths]: paths[P] extends { post: { requestBody?: unknown } } ? (RequestOf<P, 'post'> extends { operationId: string } ? P : never) : never }[keyof paths];

/**
 * A typed mobile submission: the body is checked against the route's schema, the path parameters are
 * filled in, and the request goes through the outbox (operation id, kept and resent while offline).
 */
export function sendOperation<P extends PostPath>(
  label: string,
  path: P,
  pathParams: Record<string, string | number>,
  body: Omit<RequestOf<P, 'post'>, 'operationId'>,
): Promise<ResponseOf<P, 'post'>> {
  const url = path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(String(pathParams[name])));
  return submitOperation<ResponseOf<P, 'post'>>(label, url, { ...(body as Record<string, unknown>) });
}
