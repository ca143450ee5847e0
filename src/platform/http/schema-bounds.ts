/**
 * Finds the parts of a request schema that accept input of unbounded size: a string without maxLength,
 * a number without both a minimum and a maximum, an array without maxItems, an object open to any key
 * without maxProperties, or a value of any type outside such an object. The route check at start-up
 * (input-guard.ts) refuses such a route, so that no route can forget to bound what it takes in.
 */

type Schema = Record<string, unknown>;

function isSchema(value: unknown): value is Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function has(schema: Schema, key: string): boolean {
  return schema[key] !== undefined;
}

function typesOf(schema: Schema): string[] {
  const type = schema.type;
  if (typeof type === 'string') return [type];
  if (Array.isArray(type)) return type.filter((t): t is string => typeof t === 'string');
  return [];
}

const COMBINATORS = ['anyOf', 'oneOf', 'allOf'] as const;

function isFixed(schema: Schema): boolean {
  return has(schema, 'const') || Array.isArray(schema.enum);
}

/**
 * `open` says the schema is the value of a key-bounded object (a free-form record): any JSON value is
 * accepted there, bounded in depth by the input guard and in size by the route's body limit.
 */
export function unboundedParts(schema: unknown, path = '', open = false): string[] {
  if (!isSchema(schema)) return [];
  const found: string[] = [];
  const here = path || '(root)';
  for (const combinator of COMBINATORS) {
    const parts = schema[combinator];
    if (Array.isArray(parts)) parts.forEach((part) => found.push(...unboundedParts(part, path, open)));
  }
  if (isSchema(schema.not)) {
    // `not` narrows; it never widens what is accepted.
  }
  const types = typesOf(schema);
  const combined = COMBINATORS.some((c) => Array.isArray(schema[c]));
  if (types.length === 0 && !combined && !isFixed(schema) && !has(schema, 'properties') && !open) {
    found.push(`${here}: accepts any value (give it a type and bounds)`);
  }
  if (isFixed(schema)) return found;
  if (types.includes('string') && !has(schema, 'maxLength')) found.push(`${here}: string without maxLength`);
  if (types.includes('number') || types.includes('integer')) {
    if (!has(schema, 'minimum') && !has(schema, 'exclusiveMinimum')) found.push(`${here}: number without minimum`);
    if (!has(schema, 'maximum') && !has(schema, 'exclusiveMaximum')) found.push(`${here}: number without maximum`);
  }
  if (types.includes('array')) {
    if (!has(schema, 'maxItems')) found.push(`${here}: array without maxItems`);
    const items = schema.items;
    if (Array.isArray(items)) items.forEach((item, i) => found.push(...unboundedParts(item, `${path}[${String(i)}]`)));
    else found.push(...unboundedParts(items, `${path}[]`));
  }
  if (types.includes('object') || has(schema, 'properties')) {
    const properties = isSchema(schema.properties) ? schema.properties : {};
    for (const [name, property] of Object.entries(properties)) found.push(...unboundedParts(property, path ? `${path}.${name}` : name));
    const extra = [schema.additionalProperties, ...(isSchema(schema.patternProperties) ? Object.values(schema.patternProperties) : [])];
    const openToAnyKey = schema.additionalProperties !== false || isSchema(schema.patternProperties);
    // A typed object whose additionalProperties is merely unset is open too; Fastify's JSON body parser and the
    // input guard bound its depth, and its extra keys are never read, so only explicit records need maxProperties.
    const isRecord = isSchema(schema.patternProperties) || isSchema(schema.additionalProperties);
    if (isRecord && !has(schema, 'maxProperties')) found.push(`${here}: object with free keys without maxProperties`);
    if (openToAnyKey && isRecord) {
      for (const value of extra) if (isSchema(value)) found.push(...unboundedParts(value, `${path}{}`, has(schema, 'maxProperties')));
    }
  }
  return found;
}
