import type { FastifyRequest, RouteOptions } from 'fastify';
import { capped, CommonErrors, DomainError, type FieldProblem } from '../errors.js';
import { unboundedParts } from './schema-bounds.js';
import type { App } from './app.js';

/**
 * One place that keeps input the database or JavaScript cannot hold away from every route:
 * - at start-up, a route whose request schema takes an unbounded string, number, array or free-form object
 *   is refused (schema-types.ts has the bounded building blocks);
 * - each route gets a body limit: small unless its body has lists, large only where a route says so (imports);
 * - JSON bodies nested deeper than MAX_DEPTH are refused before they are parsed;
 * - after validation, NUL characters (PostgreSQL refuses them in text) and numbers that are not finite
 *   (`limit=Infinity` survives ajv's type coercion of query strings) are refused, naming the field.
 */

/** Objects and arrays inside each other; the deepest request schema (an ASN) nests 7. */
export const MAX_DEPTH = 16;

export const BODY_LIMITS = {
  /** Bodies of a few fields: sign-in, settings, one scan. */
  small: 16 * 1024,
  /** Bodies with lists: manual orders, counts, load planning. */
  standard: 1024 * 1024,
  /** Imports and integration messages; routes ask for it with `bodyLimit: BODY_LIMITS.bulk`. */
  bulk: 10 * 1024 * 1024,
} as const;

type Schema = Record<string, unknown>;

function isSchema(value: unknown): value is Schema {
  return typeof value === 'object' && value !== null;
}

/** The schemas a body may be given in: one, or one per media type (`content`). */
function bodySchemas(body: unknown): unknown[] {
  if (!isSchema(body)) return [];
  const content = body.content;
  if (isSchema(content)) return Object.values(content).map((media) => (isSchema(media) ? media.schema : undefined));
  return [body];
}

function hasList(schema: unknown): boolean {
  if (!isSchema(schema)) return false;
  if (schema.type === 'array') return true;
  return Object.values(schema).some((value) => (Array.isArray(value) ? value.some(hasList) : isSchema(value) && hasList(value)));
}

function routeUnbounded(route: RouteOptions): string[] {
  const schema = route.schema;
  if (!schema) return [];
  const parts: string[] = [];
  for (const body of bodySchemas(schema.body)) parts.push(...unboundedParts(body, 'body'));
  parts.push(...unboundedParts(schema.querystring, 'querystring'));
  parts.push(...unboundedParts(schema.params, 'params'));
  parts.push(...unboundedParts(schema.headers, 'headers'));
  return parts;
}

function isInternal(route: RouteOptions): boolean {
  return route.url.startsWith('/docs') || route.method === 'HEAD';
}

/** The deepest nesting of `[` and `{` in JSON text, counted outside strings; stops as soon as it passes `limit`. */
export function jsonDepthExceeds(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 /* [ */ || c === 123 /* { */) {
      depth++;
      if (depth > limit) return true;
    } else if (c === 93 /* ] */ || c === 125 /* } */) depth--;
  }
  return false;
}

function fieldName(context: string, path: readonly (string | number)[]): string {
  const inner = path.map(String).join('.');
  if (context === 'body') return inner || 'body';
  return inner ? `${context}.${inner}` : context;
}

/** Walks a parsed input without recursion, collecting what no column can hold. */
export function inputProblems(context: string, value: unknown): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const stack: Array<{ value: unknown; path: (string | number)[] }> = [{ value, path: [] }];
  while (stack.length > 0 && problems.length <= 20) {
    const next = stack.pop();
    if (!next) break;
    const { value: v, path } = next;
    if (typeof v === 'string') {
      if (v.includes('\u0000')) problems.push({ field: fieldName(context, path), reason: 'contains a NUL character' });
    } else if (typeof v === 'number') {
      if (!Number.isFinite(v)) problems.push({ field: fieldName(context, path), reason: 'must be a finite number' });
    } else if (typeof v === 'object' && v !== null) {
      if (path.length >= MAX_DEPTH) {
        problems.push({ field: fieldName(context, path), reason: `is nested deeper than ${String(MAX_DEPTH)} levels` });
        continue;
      }
      if (Array.isArray(v)) v.forEach((item, i) => stack.push({ value: item, path: [...path, i] }));
      else {
        for (const [key, item] of Object.entries(v)) {
          if (key.includes('\u0000')) problems.push({ field: fieldName(context, path), reason: 'has a key with a NUL character' });
          stack.push({ value: item, path: [...path, key] });
        }
      }
    }
  }
  return problems;
}

function refuse(problems: FieldProblem[]): never {
  const shown = capped(problems);
  throw new DomainError(CommonErrors.validation, shown.detail, shown.problems);
}

function checkInput(request: FastifyRequest): void {
  const problems = [
    ...inputProblems('params', request.params),
    ...inputProblems('querystring', request.query),
    ...inputProblems('body', request.body),
  ];
  if (problems.length > 0) refuse(problems);
}

export function installInputGuard(app: App): void {
  app.addHook('onRoute', (route) => {
    if (isInternal(route)) return;
    const unbounded = routeUnbounded(route);
    if (unbounded.length > 0) {
      throw new Error(
        `route ${String(route.method)} ${route.url} takes unbounded input; use the bounded types of platform/http/schema-types.ts:\n  ${unbounded.join('\n  ')}`,
      );
    }
    if (route.bodyLimit === undefined) {
      route.bodyLimit = bodySchemas(route.schema?.body).some(hasList) ? BODY_LIMITS.standard : BODY_LIMITS.small;
    }
  });

  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (jsonDepthExceeds(text, MAX_DEPTH)) {
      done(new DomainError(CommonErrors.validation, `body: is nested deeper than ${String(MAX_DEPTH)} levels`, [{ field: 'body', reason: `is nested deeper than ${String(MAX_DEPTH)} levels` }]), undefined);
      return;
    }
    void parseJson(request, text, done);
  });

  app.addHook('preHandler', (request, _reply, done) => {
    try {
      checkInput(request);
      done();
    } catch (error) {
      done(error as Error);
    }
  });
}
