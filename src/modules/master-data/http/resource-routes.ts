import { Type } from 'typebox';
import { confinedSourceSystem } from '../../../platform/auth/principal.js';
import type { AppContext } from '../../../platform/context.js';
import { invalid, notFound } from '../../../platform/errors.js';
import { principalOf, scopedSourceSystem } from '../../../platform/http/auth.js';
import { pageOf, pageParams, type SortRequest } from '../../../platform/http/paging.js';
import type { App } from '../../../platform/http/server.js';
import { createRecord } from '../commands/create-record.js';
import { deleteRecord } from '../commands/delete-record.js';
import { importRecords, MAX_IMPORT_ROWS } from '../commands/import-records.js';
import { updateRecord } from '../commands/update-record.js';
import { findRow, listRows, viewOf } from '../db/records.js';
import { schemasOf } from '../resources/schemas.js';
import { capitalized, describeKey, urlKeyOf, type Rec, type ResourceSpec } from '../resources/spec.js';
import { readersOf, WRITE } from './access.js';
import { csvRows } from './csv-rows.js';
import { BODY_LIMITS } from '../../../platform/http/input-guard.js';

export const ImportResult = Type.Object({
  created: Type.Integer({ description: 'Rows that created a record' }),
  updated: Type.Integer({ description: 'Rows that changed an existing record' }),
  unchanged: Type.Integer({ description: 'Rows equal to the stored record' }),
});

type Request = Parameters<typeof scopedSourceSystem>[0];

function filterValues(spec: ResourceSpec, request: Request, query: Rec): Rec {
  const values: Rec = {};
  const filters = Object.entries(spec.filters ?? {});
  for (const [name] of filters) if (query[name] !== undefined) values[name] = query[name];
  for (const [name, filter] of filters) {
    if (filter.sourceSystemScoped && values[name] !== undefined) values[name] = scopedSourceSystem(request, values[name] as string);
  }
  for (const [name, filter] of filters) {
    if (filter.scopedBy && values[name] !== undefined && values[filter.scopedBy] === undefined) {
      const own = confinedSourceSystem(principalOf(request));
      if (own !== undefined) values[filter.scopedBy] = own;
    }
  }
  return values;
}

/** The REST face of one master data resource: list, one, create, change, delete and bulk import. */
export function resourceRoutes(app: App, ctx: AppContext, spec: ResourceSpec): void {
  const schemas = schemasOf(spec);
  const base = `/api/v1/${spec.path}`;
  const one = `${base}/${urlKeyOf(spec)
    .map((f) => `:${f}`)
    .join('/')}`;
  const tags = [spec.tag];
  const readers = readersOf(spec);
  const Noun = capitalized(spec.noun);
  const db = () => ctx.db.kysely;

  app.get(
    base,
    {
      schema: { tags, summary: `List ${spec.plural}`, querystring: schemas.query, response: { 200: pageOf(schemas.view) } },
      config: { access: readers },
    },
    async (request) => {
      const query = request.query;
      const page = pageParams(query);
      const sort = { spec: schemas.sorting, request: query as SortRequest, dialect: ctx.db.caps };
      const confinedTo = confinedSourceSystem(principalOf(request));
      const { rows, total } = await listRows(db(), spec, filterValues(spec, request, query), page, sort, confinedTo);
      return { items: rows.map((r) => viewOf(spec, r)), total, ...page };
    },
  );

  app.get(
    one,
    { schema: { tags, summary: `One ${spec.noun}`, params: schemas.params, response: { 200: schemas.view } }, config: { access: readers } },
    async (request) => {
      const params = request.params;
      const fields = urlKeyOf(spec);
      const row = await findRow(db(), spec, fields, fields.map((f) => params[f]), confinedSourceSystem(principalOf(request)));
      if (!row) throw notFound(Noun, describeKey(spec, params, fields));
      return viewOf(spec, row);
    },
  );

  app.post(
    base,
    {
      schema: {
        tags,
        summary: `Create a ${spec.noun}`,
        description: `409 REQUEST.CONFLICT when it exists; 422 naming the field when a record it refers to does not.`,
        body: schemas.create,
        response: { 201: schemas.view },
      },
      config: { access: WRITE },
    },
    async (request, reply) => reply.status(201).send(await createRecord(db(), spec, request.body, ctx.clock.now())),
  );

  app.patch(
    one,
    {
      schema: {
        tags,
        summary: `Change a ${spec.noun}`,
        description: 'Give only the fields to change; null clears an optional field. The key cannot change.',
        params: schemas.params,
        body: schemas.patch,
        response: { 200: schemas.view },
      },
      config: { access: WRITE },
    },
    (request) => updateRecord(db(), spec, request.params, request.body, ctx.clock.now()),
  );

  app.delete(
    one,
    {
      schema: {
        tags,
        summary: `Delete a ${spec.noun}`,
        description: 'Refused with 409 MASTER_DATA.IN_USE while other records refer to it.',
        params: schemas.params,
        response: { 204: Type.Null() },
      },
      config: { access: WRITE },
    },
    async (request, reply) => {
      await deleteRecord(db(), spec, request.params);
      return reply.status(204).send(null);
    },
  );

  app.post(
    `${base}/import`,
    {
      schema: {
        tags,
        summary: `Import ${spec.plural} (create or update), all or nothing`,
        description:
          `A JSON array of rows with the fields of the create body, or text/csv whose header names the same fields. ` +
          `Every row is checked first; any problem answers 400 (or 422 for unknown references) naming rows[i].field and nothing is written. ` +
          `A row for an existing ${spec.noun} needs only its key and changes the fields it gives; a new one needs what create needs. An empty CSV cell clears an optional field. At most ${MAX_IMPORT_ROWS} rows.`,
        body: {
          content: {
            'application/json': { schema: Type.Array(schemas.importRow, { maxItems: MAX_IMPORT_ROWS }) },
            'text/csv': { schema: Type.String({ maxLength: BODY_LIMITS.bulk, description: `Header line with field names, then one ${spec.noun} per line` }) },
          },
        },
        response: { 200: ImportResult },
      },
      // Rows are validated one by one by the import command, so that problems name rows[i].field.
      validatorCompiler: () => (data: unknown) => ({ value: data }),
      bodyLimit: BODY_LIMITS.bulk,
      config: { access: WRITE },
    },
    async (request) => {
      const body: unknown = request.body;
      const now = ctx.clock.now();
      if (typeof body === 'string') {
        const csv = csvRows(spec, body);
        return importRecords(db(), spec, csv.rows, now, { whereIs: (i) => `CSV line ${csv.lines[i] ?? '?'}` });
      }
      if (!Array.isArray(body)) throw invalid('rows', 'send a JSON array of rows, or text/csv');
      return importRecords(db(), spec, body, now);
    },
  );
}
