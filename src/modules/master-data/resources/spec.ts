import { Type, type TSchema, type TProperties } from 'typebox';
import type { Access } from '../../../platform/auth/principal.js';
import { toIso } from '../../../platform/clock.js';
import type { Executor } from '../../../platform/db/database.js';
import { bool, flag } from '../../../platform/db/json.js';
import type { ErrorDefinition } from '../../../platform/errors.js';
import { parseQty, qtyToNumber } from '../../../platform/quantity.js';
import type { AnyDb, AnyQuery } from '../db/dynamic.js';
import { Id, Int, Quantity } from '../../../platform/http/schema-types.js';

/**
 * A master data resource described as data: its fields, key, references and the records that
 * depend on it. The generic commands (create, update, delete, import) and routes read these specs,
 * so that every resource gets the same validation, problems and bulk import without copies of the
 * same code; what is special about a resource lives in its spec's hooks.
 */

/** A record as the API names it (camelCase fields, API values). */
export type Rec = Record<string, unknown>;

export interface FieldSpec {
  /** The database column; absent for an input-only alternative (a decimal factor). */
  column?: string;
  /** The value's schema, never null (nullable fields get a union with null where needed). */
  schema: TSchema;
  /** Must be given on create. */
  required?: boolean;
  /** May be null; omitted on create means null. */
  nullable?: boolean;
  /** Value of a new record when the caller does not give one. */
  default?: unknown;
  /** Part of the natural key: given on create, never changed. */
  key?: boolean;
  /** false: never accepted from clients (generated ids, timestamps). */
  input?: boolean;
  /** false: accepted but not shown. */
  view?: boolean;
  toDb?(value: unknown): unknown;
  fromDb?(value: unknown): unknown;
  /** Value of a new record set at write time. */
  onCreate?(now: number): unknown;
  /** A reason the value is not acceptable beyond its schema. */
  check?(value: unknown): string | undefined;
}

/** Another record this one names; checked to exist before anything is written (422 otherwise). */
export interface ReferenceSpec {
  /** API fields of this resource, in the order of the target's columns; the last one is named in problems. */
  fields: string[];
  table: string;
  columns: string[];
  what: string;
}

/** Records of another table that name this one: a delete is refused while any exist. */
export interface DependentSpec {
  table: string;
  /** Columns matching this resource's key fields, in order. */
  columns: string[];
  /** Plural noun for the reason, e.g. 'items'. */
  what: string;
  /** A column that names each dependent (an order number, a source system): the reason lists a few. */
  label?: string;
}

export interface UniqueSpec {
  field: string;
  what: string;
}

export interface FilterSpec {
  schema: TSchema;
  /** `all` holds every filter value of the request, for filters that combine. */
  apply(query: AnyQuery, value: unknown, all: Rec): AnyQuery;
  /** The value is a source system id: an integration client may only name its own. */
  sourceSystemScoped?: boolean;
  /** When an integration client gives this filter, the named source-system filter defaults to its own. */
  scopedBy?: string;
}

/** One record being written: the caller's input, the stored record (undefined when new) and the result. */
export interface Change {
  index: number;
  input: Rec;
  before: Rec | undefined;
  record: Rec;
}

export interface RecordProblem {
  field: string;
  reason: string;
  value?: unknown;
  /** Defaults to REQUEST.VALIDATION_FAILED. */
  def?: ErrorDefinition;
}

export interface BatchProblem extends RecordProblem {
  index: number;
}

export interface ResourceSpec {
  /** Singular noun, lower case: 'location profile'. */
  noun: string;
  /** Plural noun: 'location profiles'. */
  plural: string;
  /** URL segment under /api/v1. */
  path: string;
  table: string;
  tag: string;
  fields: Record<string, FieldSpec>;
  /** Natural key fields (what makes two records the same), in URL order. */
  key: string[];
  /** Fields that address one record in the URL, when not the natural key (a surrogate id). */
  urlKey?: string[];
  references?: ReferenceSpec[];
  dependents?: DependentSpec[];
  uniques?: UniqueSpec[];
  filters?: Record<string, FilterSpec>;
  /** Whether integration clients may read this resource. */
  clientsMayRead: boolean;
  /**
   * What an integration client may see of this resource: restricts the list and one-record reads to its
   * source system's share (its owners, its mapped items). Without it, the resource is shared by all
   * (units, statuses, warehouses: they belong to the warehouse, not to a tenant).
   */
  visibleTo?(db: Executor, query: AnyQuery, sourceSystemId: string): AnyQuery;
  /** Who may read; defaults to every user role. */
  readers?: readonly Access[];
  /** Extra columns the view shows (aliased r for this table). */
  select?(db: AnyDb): AnyQuery;
  extras?: { schema: TProperties; compute(row: Rec, record: Rec): Rec };
  /** Pure rules for one record after its input is merged; may normalise the record. */
  rules?(change: Change): RecordProblem[];
  /** Rules across the whole batch that need the database; may adjust records. Runs in the write transaction. */
  checkBatch?(db: Executor, changes: Change[]): Promise<BatchProblem[]>;
  beforeWrite?(db: Executor, changes: Change[]): Promise<void>;
  writeOrder?(changes: Change[]): Change[];
  beforeDelete?(db: Executor, record: Rec): Promise<RecordProblem[]>;
}

/** Master data ids are at most 64 characters, of the platform's id characters. */
export const idSchema = (description: string) => Id({ maxLength: 64, description });

/** A natural key field. */
export function keyField(column: string, description: string): FieldSpec {
  return { column, schema: idSchema(description), required: true, key: true };
}

/** A field naming another record (checked by a ReferenceSpec). */
export function refField(column: string, description: string, options: { required?: boolean; key?: boolean } = {}): FieldSpec {
  return { column, schema: idSchema(description), required: options.required ?? false, nullable: !options.required, key: options.key ?? false };
}

export function textField(column: string, description: string, options: { required?: boolean; maxLength?: number } = {}): FieldSpec {
  const required = options.required ?? false;
  return {
    column,
    schema: Type.String({ minLength: 1, maxLength: options.maxLength ?? 200, description }),
    required,
    nullable: !required,
  };
}

export function flagField(column: string, defaultValue: boolean, description: string): FieldSpec {
  return { column, schema: Type.Boolean({ description }), default: defaultValue, toDb: (v) => bool(v as boolean), fromDb: (v) => flag(v as number) };
}

export function intField(
  column: string,
  description: string,
  options: { minimum: number; maximum?: number; required?: boolean; nullable?: boolean },
): FieldSpec {
  return {
    column,
    schema: Int({ minimum: options.minimum, ...(options.maximum === undefined ? {} : { maximum: options.maximum }), description }),
    required: options.required ?? false,
    nullable: options.nullable ?? false,
  };
}

/** A decimal quantity, stored exactly in micro-units. */
export function qtyField(column: string, description: string): FieldSpec {
  return {
    column,
    schema: Quantity({ positive: false, description: `${description}; up to 6 decimals` }),
    nullable: true,
    toDb: (v) => (v === null ? null : parseQty(v as number)),
    fromDb: (v) => (v === null ? null : qtyToNumber(v as number)),
    check: (v) => (typeof v === 'number' && parseQty(v) === undefined ? 'has more than 6 decimals' : undefined),
  };
}

export function enumField(column: string, values: readonly string[], description: string): FieldSpec {
  return { column, schema: Type.Union(values.map((v) => Type.Literal(v)), { description }), required: true };
}

/** Epoch milliseconds stored, ISO 8601 shown, set when the record is created. */
export function createdAtField(column: string): FieldSpec {
  return {
    column,
    schema: Type.String({ format: 'date-time', description: 'When the record was created' }),
    input: false,
    fromDb: (v) => toIso(v as number),
    onCreate: (now) => now,
  };
}

export function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Fields that address one record in the URL. */
export function urlKeyOf(spec: ResourceSpec): string[] {
  return spec.urlKey ?? spec.key;
}

/** A stable text form of a record's natural key, for maps. */
export function naturalKeyOf(spec: ResourceSpec, record: Rec): string {
  return JSON.stringify(spec.key.map((f) => record[f] ?? null));
}

export function describeKey(spec: ResourceSpec, record: Rec, fields = spec.key): string {
  return fields
    .map((f) => {
      const value = record[f];
      return typeof value === 'string' || typeof value === 'number' ? String(value) : '-';
    })
    .join('/');
}
