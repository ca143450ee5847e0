import { Type, type TSchema } from 'typebox';

/**
 * Building blocks for request schemas, each bounded by what the database column behind it holds, so that
 * no input can reach a query the database would refuse (a 500) or a number JavaScript cannot hold exactly.
 * Every request schema is made of these (or carries its own bounds): the start-up check in input-guard.ts
 * refuses a route with an unbounded string, number, array or free-form object.
 */

/** The largest value of an `integer` column on PostgreSQL (int4). */
export const INT32_MAX = 2_147_483_647;
/** `bigint` columns (surrogate ids, cursors) are read as JavaScript numbers, exact up to 2^53 - 1. */
export const SAFE_INTEGER_MAX = Number.MAX_SAFE_INTEGER;
/**
 * Quantities are stored in micro-units (10^-6) in 64-bit columns and added up in JavaScript numbers:
 * one quantity of at most 10^9 (10^15 micro-units) leaves room for sums of thousands of them below 2^53.
 */
export const MAX_QUANTITY = 1_000_000_000;
/** Ids name records in URLs, messages and labels; no id column holds more. */
export const ID_MAX_LENGTH = 100;
/** A day count that still makes a date when multiplied out to milliseconds (100 years). */
export const MAX_DAYS = 36_500;

/**
 * Characters an id never holds: controls (NUL, which PostgreSQL refuses, and the rest), format characters
 * (bidirectional overrides and isolates, zero-width spaces and joiners, the byte order mark), private-use
 * and unpaired surrogate code points, and line/paragraph separators. They render invisibly or reorder text,
 * so two ids that look the same on a screen or a label could differ.
 */
const NOT_IN_IDS = '\\p{Cc}\\p{Cf}\\p{Co}\\p{Cs}\\p{Zl}\\p{Zp}';

/** Visible characters, with no white space at either end (checked with the `u` flag, as ajv does). */
export const ID_PATTERN = `^[^\\s${NOT_IN_IDS}](?:[^${NOT_IN_IDS}]*[^\\s${NOT_IN_IDS}])?$`;

const idRegExp = new RegExp(ID_PATTERN, 'u');

/** The same rule as the id schemas, for ids that arrive outside a schema (CSV cells, message content). */
export function isValidId(value: string): boolean {
  return value.length <= ID_MAX_LENGTH && idRegExp.test(value);
}

interface Described {
  description?: string;
}

/** An id or number of a record (warehouse, item, order, license plate...). */
export function Id(options: Described & { maxLength?: number } = {}) {
  return Type.String({ minLength: 1, maxLength: options.maxLength ?? ID_MAX_LENGTH, pattern: ID_PATTERN, ...describe(options) });
}

/** Free text (names, descriptions, reasons): any characters but NUL (refused by the input guard), bounded. */
export function Text(maxLength: number, options: Described & { minLength?: number } = {}) {
  return Type.String({ maxLength, ...(options.minLength === undefined ? {} : { minLength: options.minLength }), ...describe(options) });
}

/** An integer between minimum and maximum; the maximum defaults to what an `integer` column holds. */
export function Int(options: Described & { minimum: number; maximum?: number; default?: number }) {
  return Type.Integer({
    minimum: options.minimum,
    maximum: options.maximum ?? INT32_MAX,
    ...(options.default === undefined ? {} : { default: options.default }),
    ...describe(options),
  });
}

/** A surrogate id of a row (`bigint` identity column). */
export function RowId(options: Described = {}) {
  return Type.Integer({ minimum: 1, maximum: SAFE_INTEGER_MAX, ...describe(options) });
}

/** A feed position: 0 (or absent) for the start, otherwise the last seen row id. */
export function Cursor(options: Described = {}) {
  return Type.Integer({ minimum: 0, maximum: SAFE_INTEGER_MAX, ...describe(options) });
}

/** A line number of an order, load, journal or work (`integer` column). */
export function LineNumber(options: Described = {}) {
  return Type.Integer({ minimum: 1, maximum: INT32_MAX, ...describe(options) });
}

/** A decimal quantity (up to six decimals, checked where it is converted to micro-units). */
export function Quantity(options: Described & { positive?: boolean; maximum?: number } = {}) {
  const lower = options.positive === false ? { minimum: 0 } : { exclusiveMinimum: 0 };
  return Type.Number({ ...lower, maximum: options.maximum ?? MAX_QUANTITY, ...describe(options) });
}

/** An ISO 8601 instant. */
export function DateTime(options: Described = {}) {
  return Type.String({ format: 'date-time', maxLength: 40, ...describe(options) });
}

/** A calendar date, YYYY-MM-DD. */
export function DateOnly(options: Described = {}) {
  return Type.String({ format: 'date', maxLength: 10, ...describe(options) });
}

/** A list of at most maxItems items. */
export function List<T extends TSchema>(item: T, options: Described & { maxItems: number; minItems?: number }) {
  return Type.Array(item, { maxItems: options.maxItems, ...(options.minItems === undefined ? {} : { minItems: options.minItems }), ...describe(options) });
}

/** How many keys a free-form object (transport details, parties, references) may have. */
export const FREE_FORM_MAX_KEYS = 50;

/**
 * A free-form JSON object kept as sent (transport details, parties): at most 50 keys of at most 100
 * characters; its values may be any JSON, nested no deeper than the input guard allows.
 */
export function FreeForm(options: Described = {}) {
  return Type.Record(Type.String(), Type.Unknown(), { maxProperties: FREE_FORM_MAX_KEYS, propertyNames: { maxLength: ID_MAX_LENGTH }, ...describe(options) });
}

function describe(options: Described): Described {
  return options.description === undefined ? {} : { description: options.description };
}
