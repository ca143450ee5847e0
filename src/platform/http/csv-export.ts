import { Readable } from 'node:stream';
import type { FastifyReply, FastifyRequest, RouteHandlerMethod, RouteOptions } from 'fastify';
import { CommonErrors, DomainError } from '../errors.js';
import type { App } from './app.js';

/**
 * CSV export of every list, one mechanism for all routes: a GET route whose 200 answer is a page
 * (`pageOf(...)`: items and total) or a whole list (an array of objects) also answers `text/csv` when asked
 * with `?format=csv` (a download link can say that) or `Accept: text/csv`.
 *
 * - Same rows as the JSON list: the route's own handler runs with the caller's filters and sort (so its
 *   access rules and source-system scoping apply), page after page from the first, streamed as it goes.
 *   `limit` and `offset` are ignored: the export is every matching row. It is not a snapshot: a row changed
 *   while the export runs may show in its old or new place.
 * - Columns: the API field names of the item schema, in the schema's order (the header row), the same names
 *   as the JSON answer, so that a file reads back into the API's terms whatever the user's language.
 *   Nested objects and lists are written as JSON text; null as an empty cell.
 * - Formula injection: a text cell starting with = + - @ (or a tab or carriage return) gets a leading `'`,
 *   so a spreadsheet shows it as text instead of running it. Numbers are written as they are.
 * - Bounded: at most MAX_CSV_ROWS rows; a list with more is refused (413) before anything is sent, asking
 *   for narrower filters.
 */
export const MAX_CSV_ROWS = 100_000;
/** Rows fetched per run of the route's handler. */
const CSV_PAGE = 1000;

type Schema = Record<string, unknown>;
const isSchema = (v: unknown): v is Schema => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The property names of an object schema, following allOf/anyOf/oneOf, in order of first appearance. */
export function fieldsOf(schema: unknown): string[] {
  if (!isSchema(schema)) return [];
  const names: string[] = [];
  const add = (list: string[]) => {
    for (const n of list) if (!names.includes(n)) names.push(n);
  };
  if (isSchema(schema.properties)) add(Object.keys(schema.properties));
  for (const key of ['allOf', 'anyOf', 'oneOf'] as const) {
    const parts = schema[key];
    if (Array.isArray(parts)) for (const part of parts) add(fieldsOf(part));
  }
  return names;
}

type ListShape = { kind: 'page'; fields: string[] } | { kind: 'array'; fields: string[] };

/** What a route answers, read from its 200 response schema: a page, a whole list, or something else. */
export function listShapeOf(response: unknown): ListShape | undefined {
  if (!isSchema(response)) return undefined;
  const ok = response['200'] ?? response[200];
  if (!isSchema(ok)) return undefined;
  if (ok.type === 'array' && isSchema(ok.items)) {
    const fields = fieldsOf(ok.items);
    return fields.length > 0 ? { kind: 'array', fields } : undefined;
  }
  const props = isSchema(ok.properties) ? ok.properties : undefined;
  const items = props?.items;
  if (props && isSchema(items) && items.type === 'array' && 'total' in props) {
    const fields = fieldsOf(items.items);
    return fields.length > 0 ? { kind: 'page', fields } : undefined;
  }
  return undefined;
}

const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: text quoted when it must be (RFC 4180) and defused when a spreadsheet would read it as a formula. */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  let text = typeof value === 'string' ? value : JSON.stringify(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: readonly unknown[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}

/** The file name a download gets: the last fixed segment of the route's path. */
export function csvFileName(url: string): string {
  const segments = url.split('/').filter((s) => s !== '' && !s.startsWith(':'));
  return `${segments.at(-1) ?? 'export'}.csv`;
}

function wantsCsv(request: FastifyRequest): boolean {
  const query = request.query as Record<string, unknown> | undefined;
  if (query?.format === 'csv') return true;
  if (query?.format === 'json') return false;
  return request.headers.accept?.toLowerCase().startsWith('text/csv') ?? false;
}

const FormatQuery = {
  type: 'object',
  properties: {
    format: {
      type: 'string',
      enum: ['json', 'csv'],
      description: `csv: every matching row (all pages, same filters and sort) as text/csv with the API field names as header row; at most ${String(MAX_CSV_ROWS)} rows. Also chosen by Accept: text/csv.`,
    },
  },
};

const formatProperty = (FormatQuery.properties as Schema).format;

/** The route's query schema with `format` added; a closed object (additionalProperties: false) gets it as one of its own properties. */
function withFormat(querystring: unknown): Schema {
  if (!isSchema(querystring)) return FormatQuery;
  const open = (part: unknown): unknown =>
    isSchema(part) && part.additionalProperties === false ? { ...part, properties: { ...(isSchema(part.properties) ? part.properties : {}), format: formatProperty } } : part;
  if (Array.isArray(querystring.allOf)) return { ...querystring, allOf: [...(querystring.allOf as unknown[]).map(open), FormatQuery] };
  if (querystring.additionalProperties === false) return open(querystring) as Schema;
  return { allOf: [querystring, FormatQuery] };
}

interface Page {
  items: Record<string, unknown>[];
  total: number;
}

function tooMany(total: number): DomainError {
  return new DomainError(CommonErrors.rateOrSize, `The list has ${String(total)} rows; a CSV export holds at most ${String(MAX_CSV_ROWS)}: narrow the filters`, [
    { field: 'format', reason: `at most ${String(MAX_CSV_ROWS)} rows can be exported`, value: total },
  ]);
}

function csvHandler(original: RouteHandlerMethod, shape: ListShape, fileName: string): RouteHandlerMethod {
  return async function (this: unknown, request: FastifyRequest, reply: FastifyReply) {
    if (!wantsCsv(request)) return original.call(this as never, request as never, reply as never);
    const query = request.query as Record<string, unknown>;
    const run = async (): Promise<unknown> => {
      const answer: unknown = await original.call(this as never, request as never, reply as never);
      if (answer === reply || reply.sent) throw new Error(`route ${request.routeOptions.url ?? ''} sends its answer itself; CSV export needs it returned`);
      return answer;
    };
    const header = csvLine(shape.fields);
    const row = (item: Record<string, unknown>) => csvLine(shape.fields.map((f) => item[f]));
    let body: AsyncIterable<string> | Iterable<string>;
    if (shape.kind === 'array') {
      const items = (await run()) as Record<string, unknown>[];
      if (items.length > MAX_CSV_ROWS) throw tooMany(items.length);
      body = [header, ...items.map(row)];
    } else {
      query.limit = CSV_PAGE;
      query.offset = 0;
      const first = (await run()) as Page;
      if (first.total > MAX_CSV_ROWS) throw tooMany(first.total);
      body = (async function* () {
        yield header;
        let page = first;
        let written = 0;
        for (;;) {
          for (const item of page.items) {
            if (written >= MAX_CSV_ROWS) return;
            yield row(item);
            written++;
          }
          if (page.items.length < CSV_PAGE) return;
          query.offset = Number(query.offset) + CSV_PAGE;
          page = (await run()) as Page;
        }
      })();
    }
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${fileName}"`)
      .header('cache-control', 'no-store')
      .send(Readable.from(body));
  };
}

/** Gives every list route its CSV answer; install before the routes are registered. */
export function installCsvExport(app: App): void {
  app.addHook('onRoute', (route: RouteOptions) => {
    if (route.method !== 'GET' || route.url.startsWith('/docs')) return;
    const shape = listShapeOf(route.schema?.response);
    if (!shape || !route.schema) return;
    route.schema.querystring = withFormat(route.schema.querystring);
    // Documented by the `format` query parameter's own description.
    route.handler = csvHandler(route.handler, shape, csvFileName(route.url));
  });
}
