import { defaultParser, TokenType, type Token } from '@odata/parser';
import { DomainError } from '../../../platform/errors.js';
import { D365Errors } from '../errors.js';

/** The query options of a read, parsed with @odata/parser and checked for size before parsing. */
export interface QueryOptions {
  filter?: Token;
  orderby: { property: string; descending: boolean }[];
  select?: string[];
  top?: number;
  skip: number;
  count: boolean;
}

/** Longer filters are not what a connector sends, and the parser's time grows with nesting. */
export const MAX_FILTER_LENGTH = 4000;
const MAX_NESTING = 32;
const MAX_COUNT = 1_000_000_000;
const PROPERTY = /^[A-Za-z_][A-Za-z0-9_]{0,127}$/;
const SUPPORTED = new Set(['$filter', '$orderby', '$select', '$top', '$skip', '$count', '$format']);

const invalid = (option: string, reason: string) => new DomainError(D365Errors.invalidQuery, `${option}: ${reason}`, [{ field: option, reason }]);
const unsupported = (option: string, reason: string) => new DomainError(D365Errors.unsupportedQuery, `${option}: ${reason}`, [{ field: option, reason }]);

function single(query: Record<string, unknown>, name: string): string | undefined {
  const value = query[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw invalid(name, 'is given more than once');
  return value;
}

function nesting(text: string): number {
  let depth = 0;
  let max = 0;
  for (const c of text) {
    if (c === '(') max = Math.max(max, ++depth);
    else if (c === ')') depth--;
  }
  return max;
}

function parse<T>(option: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    // The parser says where it stopped ("Unexpected character at 8"); a stack overflow is bounded by MAX_NESTING.
    throw invalid(option, `is not valid OData (${error instanceof Error ? error.message.slice(0, 100) : 'parse error'})`);
  }
}

/** The name of a plain property reference (no navigation, no function), or undefined. */
export function propertyName(token: Token): string | undefined {
  const inner = token.type === TokenType.CommonExpression ? (token.value as Token) : token;
  if (inner.type !== TokenType.FirstMemberExpression) return undefined;
  return PROPERTY.test(inner.raw) ? inner.raw : undefined;
}

function count(option: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d{1,10}$/.test(text) || Number(text) > MAX_COUNT) throw invalid(option, `must be a whole number from 0 to ${String(MAX_COUNT)}`);
  return Number(text);
}

/**
 * JSON array and object literals (OData 4.01: `["a"]`, `{...}`) are not supported, and refused before the
 * parser sees them: @odata/parser loops forever on an unterminated JSON string such as `["` (found by the
 * property test in test/d365-access.test.ts; one such request held a CPU for good). A D365 connector
 * quotes strings with single quotes and lists values with `in (...)`.
 */
const JSON_LITERAL = /[[\]{}"]/;
/** The text outside single-quoted literals ('' is a quote inside one), where a JSON literal would start. */
const outsideStrings = (text: string) => text.replace(/'(?:[^']|'')*'/g, "''");

function parseFilter(text: string): Token {
  if (text.length > MAX_FILTER_LENGTH) throw invalid('$filter', `is longer than ${String(MAX_FILTER_LENGTH)} characters`);
  if (nesting(text) > MAX_NESTING) throw invalid('$filter', `nests parentheses deeper than ${String(MAX_NESTING)}`);
  if (JSON_LITERAL.test(outsideStrings(text))) throw invalid('$filter', 'has a JSON array or object literal ([, ], {, } or "), which this service does not support; quote strings with \' and list values with in (...)');
  const token = parse('$filter', () => defaultParser.filter(text));
  if (token.raw.length !== text.length) throw invalid('$filter', `is not valid OData after character ${String(token.raw.length)}`);
  return token;
}

function parseOrderBy(text: string): QueryOptions['orderby'] {
  if (text.length > 1000 || /[&=]/.test(text) || JSON_LITERAL.test(outsideStrings(text))) throw invalid('$orderby', 'is not a list of properties with asc or desc');
  const parsed = parse('$orderby', () => defaultParser.query(`$orderby=${text}`));
  const option = parsed.value.options[0];
  if (parsed.raw.length !== text.length + '$orderby='.length || option?.type !== TokenType.OrderBy) throw invalid('$orderby', 'is not a list of properties with asc or desc');
  const items = (option.value as { items: Token[] }).items;
  return items.map((item) => {
    const { expr, direction } = item.value as { expr: Token; direction: number };
    const property = propertyName(expr);
    if (property === undefined) throw unsupported('$orderby', `'${expr.raw.slice(0, 100)}' is not a property; only properties can be ordered by`);
    return { property, descending: direction === -1 };
  });
}

function parseSelect(text: string): string[] | undefined {
  const names = text.split(',').map((s) => s.trim());
  if (names.includes('*')) return undefined;
  if (names.length > 500) throw invalid('$select', 'names too many properties');
  for (const name of names) if (!PROPERTY.test(name)) throw unsupported('$select', `'${name.slice(0, 100)}' is not a property name`);
  return names;
}

/**
 * Reads $filter, $orderby, $select, $top, $skip and $count. Other system query options ($expand, $apply,
 * $search, $skiptoken...) are refused by name rather than ignored, so that a connector never gets more rows
 * than it asked for without noticing; custom options (cross-company) are the caller's business.
 */
export function queryOptions(query: Record<string, unknown>): QueryOptions {
  for (const name of Object.keys(query)) {
    if (name.startsWith('$') && !SUPPORTED.has(name)) throw unsupported(name, 'is not supported by this service (see docs/d365-compatibility.md)');
  }
  const format = single(query, '$format');
  if (format !== undefined && format !== 'json' && !format.startsWith('application/json')) throw unsupported('$format', 'only json is served');
  const filter = single(query, '$filter');
  const orderby = single(query, '$orderby');
  const select = single(query, '$select');
  const countText = single(query, '$count');
  if (countText !== undefined && countText !== 'true' && countText !== 'false') throw invalid('$count', 'must be true or false');
  const top = count('$top', single(query, '$top'));
  return {
    ...(filter !== undefined && filter.trim() !== '' ? { filter: parseFilter(filter) } : {}),
    orderby: orderby === undefined || orderby.trim() === '' ? [] : parseOrderBy(orderby),
    ...(select === undefined || select.trim() === '' ? {} : { select: parseSelect(select) }),
    ...(top === undefined ? {} : { top }),
    skip: count('$skip', single(query, '$skip')) ?? 0,
    count: countText === 'true',
  };
}
