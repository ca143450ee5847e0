import { TokenType, type Token } from '@odata/parser';
import { sql, type Expression, type SqlBool } from 'kysely';
import { isBoundedInstant } from '../../../platform/clock.js';
import { DomainError } from '../../../platform/errors.js';
import { parseQty } from '../../../platform/quantity.js';
import { D365Errors } from '../errors.js';
import type { EntitySet, Field, SourceRow } from './entity-set.js';
import { propertyName } from './query-options.js';

type Op = 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge';

const OPERATORS: Partial<Record<TokenType, Op>> = {
  [TokenType.EqualsExpression]: 'eq',
  [TokenType.NotEqualsExpression]: 'ne',
  [TokenType.LesserThanExpression]: 'lt',
  [TokenType.LesserOrEqualsExpression]: 'le',
  [TokenType.GreaterThanExpression]: 'gt',
  [TokenType.GreaterOrEqualsExpression]: 'ge',
};
const SQL_OPERATORS: Record<Op, string> = { eq: '=', ne: '<>', lt: '<', le: '<=', gt: '>', ge: '>=' };
/** `5 lt Quantity` is `Quantity gt 5`. */
const MIRRORED: Record<Op, Op> = { eq: 'eq', ne: 'ne', lt: 'gt', le: 'ge', gt: 'lt', ge: 'le' };
const INTEGER_LITERALS = new Set(['Edm.SByte', 'Edm.Byte', 'Edm.Int16', 'Edm.Int32', 'Edm.Int64']);
const NUMBER_LITERALS = new Set([...INTEGER_LITERALS, 'Edm.Decimal', 'Edm.Double', 'Edm.Single']);

export interface FilterContext<R extends SourceRow> {
  set: EntitySet<R>;
  /** The source systems whose D365 company is the given dataAreaId (compared without case). */
  sourceSystemsOf(dataAreaId: string): string[];
  /** PostgreSQL's collation that compares text by code point, as sorting does (null on SQLite). */
  collation: string | null;
}

const unsupported = (what: string) => new DomainError(D365Errors.unsupportedQuery, `$filter: ${what}`, [{ field: '$filter', reason: what }]);
const badValue = (property: string, reason: string) => new DomainError(D365Errors.invalidQuery, `$filter: ${property} ${reason}`, [{ field: property, reason }]);

function isLiteral(token: Token): boolean {
  return token.type === TokenType.Literal || token.type === TokenType.Enum;
}

/** The member name of an enum literal such as Microsoft.Dynamics.DataEntities.NoYes'Yes'. */
function enumMember(token: Token): { type: string; member: string } {
  const value = token.value as { name: Token; value: Token };
  return { type: value.name.raw, member: value.value.raw };
}

function stringOf(token: Token): string | undefined {
  if (token.type !== TokenType.Literal) return undefined;
  if (token.value === 'Edm.String') return token.raw.slice(1, -1).replaceAll("''", "'");
  // Identifiers that look like GUIDs (UpdateReferenceId) are written without quotes.
  if (token.value === 'Edm.Guid') return token.raw;
  return undefined;
}

/** The stored value a literal stands for, for the field's kind; a 400 naming the property when it cannot. */
function storedValue<R>(name: string, field: Field<R>, token: Token): string | number {
  const type = token.type === TokenType.Literal ? String(token.value) : 'Enum';
  switch (field.kind) {
    case 'string': {
      const text = stringOf(token);
      if (text === undefined) throw badValue(name, "must be compared with a text in single quotes, e.g. 'PO-1'");
      if (!field.numericText) return text;
      if (!/^\d{1,15}$/.test(text)) throw badValue(name, "must be compared with digits in single quotes, e.g. '42'");
      return Number(text);
    }
    case 'int': {
      const n = Number(token.raw);
      if (!INTEGER_LITERALS.has(type) || !Number.isSafeInteger(n)) throw badValue(name, 'must be compared with a whole number');
      return n;
    }
    case 'decimal': {
      const n = Number(token.raw);
      if (!NUMBER_LITERALS.has(type) || !Number.isFinite(n)) throw badValue(name, 'must be compared with a number');
      return n;
    }
    case 'quantity': {
      const micro = NUMBER_LITERALS.has(type) ? parseQty(token.raw) : undefined;
      if (micro === undefined) throw badValue(name, 'must be compared with a number of at most 6 decimals');
      return micro;
    }
    case 'datetime': {
      const ms = type === 'Edm.DateTimeOffset' ? Date.parse(token.raw) : type === 'Edm.Date' ? Date.parse(`${token.raw}T00:00:00Z`) : Number.NaN;
      if (!isBoundedInstant(ms)) throw badValue(name, 'must be compared with a date-time such as 2024-05-01T00:00:00Z');
      return ms;
    }
    case 'noyes': {
      if (type === 'Edm.Boolean') return token.raw === 'true' ? 1 : 0;
      if (type === 'Enum' && enumMember(token).type.endsWith('NoYes') && ['Yes', 'No'].includes(enumMember(token).member)) return enumMember(token).member === 'Yes' ? 1 : 0;
      throw badValue(name, "must be compared with Microsoft.Dynamics.DataEntities.NoYes'Yes' or 'No' (or true/false)");
    }
    case 'enum': {
      const member = type === 'Enum' ? enumMember(token).member : stringOf(token);
      const members = field.enumType?.members ?? [];
      if (member === undefined || !members.includes(member)) throw badValue(name, `must be compared with one of ${members.join(', ')}`);
      return member;
    }
  }
}

function companyCondition<R extends SourceRow>(op: Op, literal: Token, ctx: FilterContext<R>): Expression<SqlBool> {
  const text = stringOf(literal);
  if (text === undefined) throw badValue('dataAreaId', "must be compared with a company id in single quotes, e.g. 'usmf'");
  if (op !== 'eq' && op !== 'ne') throw unsupported('dataAreaId can only be compared with eq and ne');
  const ids = ctx.sourceSystemsOf(text);
  const ref = sql.ref('t.sourceSystemId');
  if (ids.length === 0) return op === 'eq' ? sql<SqlBool>`1 = 0` : sql<SqlBool>`1 = 1`;
  const list = sql.join(ids.map((id) => sql`${id}`));
  return op === 'eq' ? sql<SqlBool>`${ref} in (${list})` : sql<SqlBool>`${ref} not in (${list})`;
}

function comparison<R extends SourceRow>(token: Token, op: Op, ctx: FilterContext<R>): Expression<SqlBool> {
  const { left, right } = token.value as { left: Token; right: Token };
  const [propertyToken, literal, effective] = isLiteral(right) ? [left, right, op] : isLiteral(left) ? [right, left, MIRRORED[op]] : [left, right, op];
  const name = propertyName(propertyToken);
  if (name === undefined || !isLiteral(literal)) throw unsupported(`'${token.raw.slice(0, 100)}' must compare one property with one value`);
  if (name === 'dataAreaId') return companyCondition(effective, literal, ctx);
  const field = ctx.set.fields[name];
  if (!field) throw badValue(name, `is not a property of ${ctx.set.name}`);
  if (field.column === undefined) throw unsupported(`${name} can be selected but not filtered on`);
  const ref = sql.ref(`t.${field.column}`);
  if (literal.type === TokenType.Literal && literal.value === 'null') {
    if (effective === 'eq') return sql<SqlBool>`${ref} is null`;
    if (effective === 'ne') return sql<SqlBool>`${ref} is not null`;
    throw unsupported(`${name} can only be compared with null by eq and ne`);
  }
  const value = storedValue(name, field, literal);
  const text = typeof value === 'string' && ctx.collation !== null && effective !== 'eq' && effective !== 'ne';
  const subject = text ? sql`${ref} collate ${sql.raw(`"${ctx.collation ?? 'C'}"`)}` : sql`${ref}`;
  const compared = sql<SqlBool>`${subject} ${sql.raw(SQL_OPERATORS[effective])} ${value}`;
  // OData's null is unequal to every value: `X ne 'a'` keeps the rows where X is null.
  return effective === 'ne' ? sql<SqlBool>`(${compared} or ${ref} is null)` : compared;
}

/**
 * Translates a parsed $filter into a condition on the row source `t`, through the entity set's field map:
 * property names are looked up (never copied into SQL) and values are bound parameters. Supports eq, ne,
 * gt, ge, lt, le, and, or and parentheses; anything else is a 400 that names it.
 */
export function filterCondition<R extends SourceRow>(token: Token, ctx: FilterContext<R>): Expression<SqlBool> {
  if (token.type === TokenType.AndExpression || token.type === TokenType.OrExpression) {
    const { left, right } = token.value as { left: Token; right: Token };
    const joiner = token.type === TokenType.AndExpression ? sql` and ` : sql` or `;
    return sql<SqlBool>`(${filterCondition(left, ctx)}${joiner}${filterCondition(right, ctx)})`;
  }
  if (token.type === TokenType.BoolParenExpression || token.type === TokenType.ParenExpression) return filterCondition(token.value as Token, ctx);
  const op = OPERATORS[token.type];
  if (op === undefined) throw unsupported(`'${token.raw.slice(0, 100)}' is not supported; use eq, ne, gt, ge, lt, le, and, or`);
  return comparison(token, op, ctx);
}
