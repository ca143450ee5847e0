import fc from 'fast-check';

/**
 * Requests generated from the server's own OpenAPI document: for every operation, its path parameters,
 * query parameters and JSON body, each value either plausible (names the fixtures by field name, so that
 * requests reach the commands) or hostile (out-of-range and non-finite numbers, NUL, control, bidirectional
 * and zero-width characters, huge strings, wrong types, deep nesting, prototype keys, malformed
 * percent-encoding, missing and extra fields).
 */

type Schema = Record<string, any>;

export interface Operation {
  method: string;
  path: string;
  pathParams: Array<{ name: string; schema: Schema }>;
  queryParams: Array<{ name: string; schema: Schema; required: boolean }>;
  /** JSON body schema, when the operation takes one. */
  body?: Schema;
  /** The operation also takes text/csv. */
  csv: boolean;
}

export interface HostileRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string;
  /** Which credentials to send (chosen by the test). */
  as: 'admin' | 'erp';
}

export function operationsOf(doc: Schema): Operation[] {
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries<Schema>(doc.paths)) {
    for (const [method, op] of Object.entries<Schema>(item)) {
      const parameters: Schema[] = op.parameters ?? [];
      const content = op.requestBody?.content ?? {};
      operations.push({
        method: method.toUpperCase(),
        path,
        pathParams: parameters.filter((p) => p.in === 'path').map((p) => ({ name: p.name, schema: p.schema ?? {} })),
        queryParams: parameters.filter((p) => p.in === 'query').map((p) => ({ name: p.name, schema: p.schema ?? {}, required: p.required === true })),
        ...(content['application/json'] ? { body: content['application/json'].schema ?? {} } : {}),
        csv: content['text/csv'] !== undefined,
      });
    }
  }
  return operations;
}

/** A JSON token written as is: numbers JSON.stringify cannot write (1e400 parses to Infinity), or raw text. */
class Raw {
  constructor(readonly text: string) {}
}

export function toJsonText(value: unknown): string {
  if (value instanceof Raw) return value.text;
  if (Array.isArray(value)) return `[${value.map(toJsonText).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    return `{${Object.entries(value)
      .map(([k, v]) => `${JSON.stringify(k)}:${toJsonText(v)}`)
      .join(',')}}`;
  }
  if (typeof value === 'number' && Object.is(value, -0)) return '-0';
  return JSON.stringify(value) ?? 'null';
}

/** Values the fixtures hold, by field name, so that plausible requests find records. */
const KNOWN: Array<[RegExp, string[]]> = [
  [/sourceSystemId$/i, ['ERP1', 'ERP2']],
  [/warehouseId$/i, ['WH1']],
  [/^(itemNumber|externalItemNumber|values)$/i, ['ITEM-1', 'ERP-ITEM-1', 'FLOUR']],
  [/(ownerId|OwnerId)$/, ['OWN-A']],
  [/(unitSymbol|UnitSymbol|^symbol|^fromUnit|^toUnit|^inventoryUnit)$/, ['ea', 'box', 'kg']],
  [/(statusId|StatusId)$/, ['AV', 'QC']],
  [/(locationId|LocationId|^locationIds)$/, ['RECV', 'B-01', 'STAGE']],
  [/^(profileId)$/, ['RECEIPT', 'BULK']],
  [/^(siteId)$/, ['S1']],
  [/^(zoneId)$/, ['BULK']],
  [/orderNumber$/i, ['PO-1', 'SO-1']],
  [/^(journalNameId)$/, ['Counting', 'Spot']],
  [/^(templateId)$/, ['PUT']],
  [/^(directiveId)$/, ['PUT-BULK']],
  [/^(username)$/, ['planner1', 'admin']],
  [/^(batchNumber|itemBatchNumber)$/, ['B1']],
  [/(licensePlateId|licensePlateNumber)$/i, ['LP-1']],
  [/^(operationId|messageId)$/, []],
];

function knownValues(name: string): string[] | undefined {
  return KNOWN.find(([pattern]) => pattern.test(name))?.[1];
}

const ID_TEXT = fc.stringMatching(/^[A-Z][A-Z0-9-]{0,11}$/);

export const HOSTILE_STRINGS = [
  '',
  ' ',
  'a\u0000b',
  '\u0000',
  'line\nbreak',
  'tab\there',
  '\u0007bell',
  '\u202eevil',
  'zero\u200bwidth',
  '\ufeffbom',
  '\u2066isolate\u2069',
  '\ud800',
  'emoji \u{1F4E6}',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '__defineGetter__',
  '../../etc/passwd',
  '..%2f..%2f',
  '%',
  '_',
  '%_%',
  "'; drop table items; --",
  '<script>alert(1)</script>',
  '${7*7}',
  'Infinity',
  '-Infinity',
  'NaN',
  '1e308',
  '-0',
  '0x10',
  '9999-12-31',
  '0000-00-00',
  '2026-02-30',
  '2026-12-31T23:59:60Z',
  '+275760-09-13T00:00:00.000Z',
  '-271821-04-20T00:00:00.000Z',
  '2026-01-05T08:00:00Z',
  'true',
  'null',
  '[]',
  '{}',
  'x'.repeat(101),
  'é'.repeat(65),
  'x'.repeat(5000),
];

const hostileString = fc.oneof(fc.constantFrom(...HOSTILE_STRINGS), fc.string({ unit: 'binary', maxLength: 40 }), fc.constant('y'.repeat(70_000)));

export const HOSTILE_NUMBERS = [0, -0, -1, 1, 0.5, 1.5, 0.1 + 0.2, 1e-7, 5e-324, 59, 60, 2_147_483_647, 2_147_483_648, 4_294_967_296, 2 ** 53 - 1, 2 ** 53, 2 ** 53 + 2, 1e15, 1e21, 1e308, -1e308, -2_147_483_649];

/** Numbers JSON cannot write but text can: they parse to Infinity, or fail to parse. */
const HOSTILE_NUMBER_TOKENS = ['1e400', '-1e400', '1e309', 'NaN', 'Infinity', '-Infinity', '0x10', '01', '1.', '.5', '+1', '1e-400'];

function boundaryNumbers(schema: Schema): number[] {
  const values: number[] = [];
  for (const key of ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum']) {
    const bound = schema[key];
    if (typeof bound === 'number') values.push(bound, bound - 1, bound + 1, bound - 0.5, bound + 0.5);
  }
  return values;
}

function plausibleNumber(schema: Schema): fc.Arbitrary<number> {
  const integer = schema.type === 'integer';
  const min = typeof schema.minimum === 'number' ? schema.minimum : typeof schema.exclusiveMinimum === 'number' ? schema.exclusiveMinimum + (integer ? 1 : 0.001) : 0;
  const max = Math.min(typeof schema.maximum === 'number' ? schema.maximum : 1000, min + 1000);
  if (integer) return fc.integer({ min: Math.ceil(min), max: Math.max(Math.ceil(min), Math.floor(max)) });
  // Quantities as people write them (whole, or a few decimals), and now and then any double in range.
  const low = Math.max(1, Math.ceil(min));
  const high = Math.max(low, Math.floor(max));
  return fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: low, max: high }) },
    { weight: 2, arbitrary: fc.integer({ min: low * 100, max: high * 100 }).map((n) => n / 100) },
    { weight: 1, arbitrary: fc.double({ min, max: Math.max(min, max), noNaN: true, noDefaultInfinity: true }) },
  );
}

function hostileNumber(schema: Schema): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.constantFrom(...HOSTILE_NUMBERS, ...boundaryNumbers(schema)),
    fc.constantFrom(...HOSTILE_NUMBER_TOKENS).map((t) => new Raw(t)),
    fc.double(),
  );
}

/** Wrong types for a field: what a confused or hostile client sends instead. */
const wrongType: fc.Arbitrary<unknown> = fc.constantFrom<unknown>(null, true, false, 0, -1, 'text', [], {}, [1, 2], { a: 1 }, ['__proto__'], { constructor: 'x' });

/** Nesting deeper than any schema: as text, because building it as an object would be too deep to write. */
const deepNesting: fc.Arbitrary<unknown> = fc.constantFrom(
  new Raw(`${'['.repeat(20)}1${']'.repeat(20)}`),
  new Raw(`${'{"a":'.repeat(40)}1${'}'.repeat(40)}`),
  new Raw(`${'['.repeat(50_000)}${']'.repeat(50_000)}`),
  new Raw('{"__proto__":{"admin":true}}'),
  new Raw('{"constructor":{"prototype":{"admin":true}}}'),
);

const hostileAny: fc.Arbitrary<unknown> = fc.oneof(hostileString, hostileNumber({}), wrongType, deepNesting);

function branches(schema: Schema): Schema[] | undefined {
  return schema.anyOf ?? schema.oneOf;
}

/**
 * A value for a schema. Clean requests hold plausible values only, so that they reach the commands and the
 * database; the others hold a hostile value in some fields.
 */
export function valueFor(schema: Schema, name: string, depth = 0, clean = false): fc.Arbitrary<unknown> {
  if (clean) return plausible(schema, name, depth, true);
  return fc.oneof({ weight: 3, arbitrary: plausible(schema, name, depth, false) }, { weight: 1, arbitrary: hostileFor(schema) });
}

function hostileFor(schema: Schema): fc.Arbitrary<unknown> {
  if (schema.type === 'integer' || schema.type === 'number') return fc.oneof(hostileNumber(schema), wrongType);
  if (schema.type === 'string') return fc.oneof(hostileString, wrongType);
  if (schema.type === 'array') return fc.oneof(wrongType, deepNesting, oversizedArray(schema));
  return hostileAny;
}

function oversizedArray(schema: Schema): fc.Arbitrary<unknown> {
  const max = typeof schema.maxItems === 'number' ? schema.maxItems : 10;
  // Items that are cheap to write; the schema must refuse the count before it looks at them.
  return fc.constant(new Raw(`[${Array.from({ length: Math.min(max + 1, 60_000) }, () => '1').join(',')}]`));
}

function plausible(schema: Schema, name: string, depth: number, clean: boolean): fc.Arbitrary<unknown> {
  const options = branches(schema);
  if (options && options.length > 0) return fc.oneof(...options.map((s) => plausible(s, name, depth, clean)));
  if (schema.allOf) return plausible(Object.assign({}, ...schema.allOf), name, depth, clean);
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return fc.constantFrom(...schema.enum);
  if (schema.const !== undefined) return fc.constant(schema.const);
  const nullable = schema.nullable === true ? (a: fc.Arbitrary<unknown>) => fc.oneof({ weight: 4, arbitrary: a }, { weight: 1, arbitrary: fc.constant(null) }) : (a: fc.Arbitrary<unknown>) => a;
  switch (schema.type) {
    case 'string': {
      if (schema.format === 'date-time') return nullable(fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString()));
      if (schema.format === 'date') return nullable(fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)));
      if (/date/i.test(name)) return nullable(fc.constantFrom('2026-01-04', '2026-01-05', '2026-02-30', '2026-1-5'));
      const known = knownValues(name);
      const text = fc.string({ minLength: schema.minLength ?? 0, maxLength: Math.min(schema.maxLength ?? 20, 20) });
      // Names of Object.prototype's members are valid ids too, and find every lookup of an id in a plain object.
      const prototypeNames = fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf');
      return nullable(
        known && known.length > 0
          ? fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...known) }, { weight: 1, arbitrary: ID_TEXT }, { weight: 1, arbitrary: text }, { weight: 1, arbitrary: prototypeNames })
          : fc.oneof({ weight: 2, arbitrary: ID_TEXT }, { weight: 2, arbitrary: text }, { weight: 1, arbitrary: prototypeNames }),
      );
    }
    case 'integer':
    case 'number':
      return nullable(name === 'id' ? fc.integer({ min: 1, max: 6 }) : plausibleNumber(schema));
    case 'boolean':
      return nullable(fc.boolean());
    case 'array': {
      const item = schema.items ?? {};
      return nullable(fc.array(depth > 6 ? plausible(item, name, depth + 1, clean) : valueFor(item, name, depth + 1, clean), { minLength: schema.minItems ?? 0, maxLength: Math.min(schema.maxItems ?? 3, 3) }));
    }
    case 'object':
    default:
      if (schema.properties || schema.type === 'object') return nullable(objectFor(schema, depth, clean));
      return clean ? fc.constantFrom<unknown>('x', 1, true) : hostileAny;
  }
}

function objectFor(schema: Schema, depth: number, clean: boolean): fc.Arbitrary<Record<string, unknown>> {
  const properties: Record<string, Schema> = schema.properties ?? {};
  const required = new Set<string>(schema.required ?? []);
  const entries = Object.entries(properties).map(([key, s]) => {
    const value = depth > 6 ? plausible(s, key, depth + 1, clean) : valueFor(s, key, depth + 1, clean);
    // Required fields are usually there, optional ones half of the time; each may be left out.
    const present = required.has(key) ? (clean ? fc.constant(true) : fc.integer({ min: 0, max: 9 }).map((n) => n > 0)) : fc.boolean();
    return fc.tuple(fc.constant(key), present, value);
  });
  const extra = clean ? fc.constant(null) : fc.option(
    fc.tuple(fc.constantFrom('__proto__', 'constructor', 'prototype', 'unknownField', '\u0000', 'x'.repeat(200)), hostileAny),
    { freq: 8 },
  );
  const freeForm = clean ? fc.constant({}) : schema.patternProperties || schema.additionalProperties ? fc.dictionary(fc.constantFrom('carrier', 'notes', '__proto__', 'constructor', 'a\u0000'), hostileAny, { maxKeys: 3 }) : fc.constant({});
  return fc.tuple(fc.tuple(...entries), extra, freeForm).map(([fields, more, free]) => {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(free)) Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
    for (const [key, present, value] of fields) if (present) out[key] = value;
    if (more) Object.defineProperty(out, more[0], { value: more[1], enumerable: true, writable: true, configurable: true });
    return out;
  });
}

/** Path segments as a client might send them, including ones that are not valid percent-encoding. */
function pathSegment(schema: Schema, name: string, clean: boolean): fc.Arbitrary<string> {
  if (clean) return plausible(schema, name, 0, true).map((v) => encodeURIComponent(String(v)));
  return fc.oneof(
    { weight: 6, arbitrary: valueFor(schema, name).map((v) => encodeURIComponent(typeof v === 'string' ? v : toJsonText(v))) },
    { weight: 1, arbitrary: fc.constantFrom('%', '%E0%A4%A', '%00', '..%2F..%2F', '%2e%2e', '%C0%AF', '%uD800', '__proto__', 'constructor', 'a'.repeat(600)) },
  );
}

function queryPart(name: string, schema: Schema, required: boolean, clean: boolean): fc.Arbitrary<string | undefined> {
  if (clean) {
    const part = plausible(schema, name, 0, true).map((v) => `${encodeURIComponent(name)}=${v === null ? '' : encodeURIComponent(typeof v === 'string' ? v : toJsonText(v))}`);
    return required ? part : fc.option(part, { freq: 2 }).map((v) => v ?? undefined);
  }
  const value = fc.oneof(
    { weight: 5, arbitrary: valueFor(schema, name).map((v) => (v === null ? '' : encodeURIComponent(typeof v === 'string' ? v : v instanceof Raw ? v.text : toJsonText(v)))) },
    { weight: 1, arbitrary: fc.constantFrom('Infinity', '-Infinity', 'NaN', '1e308', '1e400', '%', '%E0%A4%A', '%00', '') },
  );
  const part = value.map((v) => `${encodeURIComponent(name)}=${v}`);
  const repeated = fc.tuple(part, part).map(([a, b]) => `${a}&${b}`);
  return required ? fc.oneof({ weight: 8, arbitrary: part }, { weight: 1, arbitrary: fc.constant(undefined) }) : fc.option(fc.oneof({ weight: 6, arbitrary: part }, { weight: 1, arbitrary: repeated }), { freq: 2 }).map((v) => v ?? undefined);
}

const CONTENT_TYPES = ['application/json', 'application/json; charset=utf-8', 'text/plain', 'application/xml', 'application/x-www-form-urlencoded', 'text/csv', 'application/json; charset=utf-16', 'multipart/form-data; boundary=x'];

export function requestFor(op: Operation): fc.Arbitrary<HostileRequest> {
  return fc.oneof({ weight: 1, arbitrary: requestOf(op, true) }, { weight: 2, arbitrary: requestOf(op, false) });
}

function requestOf(op: Operation, clean: boolean): fc.Arbitrary<HostileRequest> {
  const path = fc.tuple(...op.pathParams.map((p) => pathSegment(p.schema, p.name, clean))).map((segments) => {
    let url = op.path;
    op.pathParams.forEach((p, i) => (url = url.replace(`{${p.name}}`, segments[i] ?? '')));
    return url;
  });
  const query = fc
    .tuple(...op.queryParams.map((p) => queryPart(p.name, p.schema, p.required, clean)), clean ? fc.constant(null) : fc.option(fc.constantFrom('extra=1', '__proto__=1', 'constructor[prototype]=1', 'a=%'), { freq: 6 }))
    .map((parts) => parts.filter((p): p is string => typeof p === 'string').join('&'));
  const csvBody = fc.constantFrom('siteId,name\nS9,Nine', 'constructor,name\nx,y', '__proto__\n1', 'siteId\n"unterminated', '', 'a\u0000b\n1');
  const cleanBody = op.body ? valueFor(op.body, 'body', 0, true).map((v) => ({ payload: toJsonText(v), contentType: 'application/json' })) : fc.constant({});
  const body: fc.Arbitrary<{ payload?: string; contentType?: string }> = clean
    ? cleanBody
    : op.body
    ? fc.oneof(
        { weight: 10, arbitrary: valueFor(op.body, 'body').map((v) => ({ payload: toJsonText(v), contentType: 'application/json' })) },
        { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...CONTENT_TYPES), fc.constantFrom('{', '', 'null', '[]', '"x"', '{"a":1}', '\u0000', 'a=1&b=2')).map(([contentType, payload]) => ({ payload, contentType })) },
        ...(op.csv ? [{ weight: 2, arbitrary: csvBody.map((payload) => ({ payload, contentType: 'text/csv' })) }] : []),
      )
    : fc.oneof({ weight: 8, arbitrary: fc.constant({}) }, { weight: 1, arbitrary: fc.constant({ payload: '{"unexpected":true}', contentType: 'application/json' }) });
  const as = fc.oneof({ weight: 3, arbitrary: fc.constant<'admin'>('admin') }, { weight: 1, arbitrary: fc.constant<'erp'>('erp') });
  return fc.tuple(path, query, body, as).map(([p, q, b, as]) => ({
    method: op.method,
    url: q ? `${p}?${q}` : p,
    headers: contentTypeHeader(b.contentType),
    ...(b.payload === undefined ? {} : { payload: b.payload }),
    as,
  }));
}

function contentTypeHeader(contentType: string | undefined): Record<string, string> {
  const headers: Record<string, string> = {};
  if (contentType) headers['content-type'] = contentType;
  return headers;
}

/** Requests outside the document: unknown routes, methods no route has, malformed paths. */
export const strayRequest: fc.Arbitrary<HostileRequest> = fc
  .tuple(
    fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'PROPFIND', 'TRACE'),
    fc.constantFrom('/api/v1/', '/api/v1/nothing-here', '/api/v1/items/%', '/api/v1/%E0%A4%A', '//api//v1//items', '/api/v1/items/../users', '/%25E0%25A4%25A', '/api/v1/items?limit=%', '/api/v1/' + 'a'.repeat(3000)),
    fc.constantFrom<'admin' | 'erp'>('admin', 'erp'),
  )
  .map(([method, url, as]) => ({ method, url, headers: {}, as }));
