import type { AliasedExpression } from 'kysely';
import type { Executor } from '../../../platform/db/database.js';

/** The D365 namespace: entity types, enums and the Complete action are named in it, as D365's $metadata names them. */
export const NAMESPACE = 'Microsoft.Dynamics.DataEntities';

/** A D365 enum type (e.g. NoYes) and its members with their values. */
export interface EnumType {
  name: string;
  members: readonly string[];
}

export const NoYes: EnumType = { name: 'NoYes', members: ['No', 'Yes'] };

/**
 * How a field is typed on the wire and stored in its row source:
 * - string, int, decimal: as they are;
 * - quantity: micro-units in the row (ADR 0002), an Edm.Decimal on the wire;
 * - datetime: epoch milliseconds in the row, an Edm.DateTimeOffset on the wire;
 * - noyes: 0/1 in the row, the NoYes enum on the wire;
 * - enum: the enum member's name in the row.
 */
export type FieldKind = 'string' | 'int' | 'decimal' | 'quantity' | 'datetime' | 'noyes' | 'enum';

export interface Field<R> {
  kind: FieldKind;
  /** The row source's column behind the field; without one the field can be selected, not filtered or sorted on. */
  column?: keyof R & string;
  enumType?: EnumType;
  /** A text on the wire kept as a number in the row (lot ids): compared as a number, never collated. */
  numericText?: boolean;
  /** The field's value; by default the column's value converted for its kind. */
  read?: (row: R) => unknown;
}

/** Every row source carries the source system it belongs to: dataAreaId is derived from it. */
export interface SourceRow {
  sourceSystemId: string;
}

/**
 * One entity set of the service. Its rows come from the owning module's read model (through its index.ts),
 * confined to the caller's source system there, as the module's own /api/v1 reads are.
 */
export interface EntitySet<R extends SourceRow = SourceRow> {
  name: string;
  /** The entity type's name (without namespace). */
  type: string;
  /** Key properties in D365's order; dataAreaId is always the first. */
  keys: readonly string[];
  /** Properties other than dataAreaId, in the order they are answered. */
  fields: Readonly<Record<string, Field<R>>>;
  rows(db: Executor, sourceSystemId: string | undefined): AliasedExpression<R, 't'>;
}

/** Declares an entity set; the identity function keeps R inferred for its fields. */
export function entitySet<R extends SourceRow>(set: EntitySet<R>): EntitySet<R> {
  return set;
}
