import { parse } from 'csv-parse/sync';
import type { TSchema } from 'typebox';
import { CommonErrors, DomainError, invalid, type FieldProblem } from '../../../platform/errors.js';
import type { App } from '../../../platform/http/server.js';
import type { Rec, ResourceSpec } from '../resources/spec.js';

/** Takes text/csv bodies as plain text; only routes of the plugin that calls this see it. */
export function acceptCsv(app: App): void {
  app.addContentTypeParser('text/csv', { parseAs: 'string' }, (_request, body, done) => done(null, body));
}

export interface CsvRows {
  rows: Rec[];
  /** The line each row ends on, for problems a person can find in the file. */
  lines: number[];
}

/** Spreadsheets save CSV with ';' or tabs in many locales: the header line tells which. */
function delimiterOf(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/));
  const counts = [',', ';', '\t'].map((d) => [d, header.split(d).length - 1] as const);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? ',';
}

function schemaType(schema: TSchema | undefined): string | undefined {
  const type: unknown = schema === undefined ? undefined : Reflect.get(schema, 'type');
  return typeof type === 'string' ? type : undefined;
}

/** A cell as the JSON value the row schema expects; text that is not a value of the type is left for the schema to name. */
function cellValue(schema: TSchema | undefined, text: string): unknown {
  switch (schemaType(schema)) {
    case 'boolean':
      if (/^(true|yes|1)$/i.test(text)) return true;
      if (/^(false|no|0)$/i.test(text)) return false;
      return text;
    case 'integer':
    case 'number':
      return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text;
    case undefined:
    default:
      return text;
  }
}

/**
 * Reads CSV rows whose header names the fields as in JSON. An empty cell clears an optional field
 * and is otherwise the same as a missing column: the field is left as it is (or defaulted on create).
 */
export function csvRows(spec: ResourceSpec, text: string): CsvRows {
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    records = parse(text, { bom: true, trim: true, skip_empty_lines: true, info: true, delimiter: delimiterOf(text) }) as unknown as typeof records;
  } catch (error) {
    throw invalid('body', `is not readable CSV: ${error instanceof Error ? error.message : String(error)}`);
  }
  const [header, ...data] = records;
  if (!header) throw invalid('body', 'is empty: the first line must name the columns');
  const columns = header.record;
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  for (const name of columns) {
    // Header names come from the file: `constructor` or `__proto__` must not find Object.prototype's members.
    const field = Object.hasOwn(spec.fields, name) ? spec.fields[name] : undefined;
    if (!field || field.input === false) problems.push({ field: `header.${name}`, reason: 'is not a known column', value: name });
    else if (seen.has(name)) problems.push({ field: `header.${name}`, reason: 'appears twice', value: name });
    seen.add(name);
  }
  if (problems.length > 0) throw new DomainError(CommonErrors.validation, `The CSV header names unknown columns: ${problems.map((p) => String(p.value)).join(', ')}`, problems);
  return {
    rows: data.map(({ record }) => {
      const row: Rec = {};
      columns.forEach((name, i) => {
        const field = Object.hasOwn(spec.fields, name) ? spec.fields[name] : undefined;
        const text = record[i] ?? '';
        if (text === '') {
          if (field?.nullable) row[name] = null;
          return;
        }
        row[name] = cellValue(field?.schema, text);
      });
      return row;
    }),
    lines: data.map(({ info }) => info.lines),
  };
}
