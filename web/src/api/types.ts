import type { paths } from './schema';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** The JSON body a route answers with (200 or 201), e.g. `ResponseOf<'/api/v1/work/{workId}', 'get'>`. */
export type ResponseOf<P extends keyof paths, M extends Method> = paths[P][M] extends { responses: infer R }
  ? R extends { 200: { content: { 'application/json': infer B } } }
    ? B
    : R extends { 201: { content: { 'application/json': infer B } } }
      ? B
      : never
  : never;

/** The JSON body a route takes. */
export type RequestOf<P extends keyof paths, M extends Method> = paths[P][M] extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;

/** The query parameters a route takes. */
export type QueryOf<P extends keyof paths, M extends Method = 'get'> = paths[P][M] extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;

/** A list screen's query as useListState keeps it: paging, sort and the non-empty filters. */
export type ListQuery = Record<string, string | number>;
