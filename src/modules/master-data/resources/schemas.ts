import { Type, type TObject, type TProperties, type TSchema } from 'typebox';
import { PageQuery, SortQuery, sorting, type SortColumn, type Sorting } from '../../../platform/http/paging.js';
import { urlKeyOf, type FieldSpec, type ResourceSpec } from './spec.js';

/** The JSON schemas of a resource, built once from its spec and shared by the routes and the import. */
export interface ResourceSchemas {
  create: TObject;
  /** An import row: only the key is required, as a row for an existing record may give just the fields to change. */
  importRow: TObject;
  patch: TObject;
  view: TObject;
  params: TObject;
  query: TObject;
  sorting: Sorting;
}

function isText(schema: TSchema): boolean {
  const s = schema as { type?: unknown; anyOf?: TSchema[]; const?: unknown; format?: unknown };
  // Times are shown as ISO strings but stored as epoch milliseconds, so they sort as numbers.
  if (s.type === 'string') return s.format !== 'date-time';
  if (s.anyOf) return s.anyOf.every(isText);
  return typeof s.const === 'string';
}

/** Every shown stored field sorts; the default is the current order, by the URL key. */
function sortingOf(spec: ResourceSpec): Sorting {
  const fields: Record<string, SortColumn> = {};
  for (const [name, field] of Object.entries(spec.fields)) {
    if (field.column && field.view !== false) fields[name] = { column: `r.${field.column}`, text: isText(field.schema) };
  }
  const urlKey = urlKeyOf(spec);
  const first = urlKey[0];
  if (first === undefined) throw new Error(`${spec.noun}: no URL key`);
  return sorting({ fields, default: { sort: first, order: 'asc' }, tiebreak: urlKey.map((f) => fields[f] ?? { column: `r.${f}` }) });
}

function withDefaultNote(field: FieldSpec): TSchema {
  if (field.default === undefined) return field.schema;
  const description = (field.schema as { description?: string }).description;
  return { ...field.schema, description: description ? `${description}. Default: ${JSON.stringify(field.default)}.` : `Default: ${JSON.stringify(field.default)}.` };
}

function valueSchema(field: FieldSpec): TSchema {
  const schema = withDefaultNote(field);
  return field.nullable ? Type.Union([schema, Type.Null()]) : schema;
}

const cache = new WeakMap<ResourceSpec, ResourceSchemas>();

export function schemasOf(spec: ResourceSpec): ResourceSchemas {
  const known = cache.get(spec);
  if (known) return known;
  const create: TProperties = {};
  const importRow: TProperties = {};
  const patch: TProperties = {};
  const view: TProperties = {};
  for (const [name, field] of Object.entries(spec.fields)) {
    if (field.input !== false) {
      create[name] = field.required ? field.schema : Type.Optional(valueSchema(field));
      importRow[name] = field.required && field.key ? field.schema : Type.Optional(field.required ? field.schema : valueSchema(field));
      if (!field.key) patch[name] = Type.Optional(valueSchema(field));
    }
    if (field.view !== false) view[name] = field.nullable ? Type.Union([field.schema, Type.Null()]) : field.schema;
  }
  const params: TProperties = {};
  for (const name of urlKeyOf(spec)) {
    const field = spec.fields[name];
    if (!field) throw new Error(`${spec.noun}: URL key field ${name} is not a field`);
    params[name] = field.schema;
  }
  const query: TProperties = { ...PageQuery.properties };
  for (const [name, filter] of Object.entries(spec.filters ?? {})) query[name] = Type.Optional(filter.schema);
  const order = sortingOf(spec);
  Object.assign(query, SortQuery(order).properties);
  const schemas: ResourceSchemas = {
    create: Type.Object(create, { additionalProperties: false }),
    importRow: Type.Object(importRow, { additionalProperties: false }),
    patch: Type.Object(patch, { additionalProperties: false }),
    view: Type.Object({ ...view, ...(spec.extras?.schema ?? {}) }),
    params: Type.Object(params),
    query: Type.Object(query, { additionalProperties: false }),
    sorting: order,
  };
  cache.set(spec, schemas);
  return schemas;
}
