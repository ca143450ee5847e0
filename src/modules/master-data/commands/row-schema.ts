import { Compile, type Validator } from 'typebox/compile';
import type { TSchema } from 'typebox';

/** A schema problem of one row, named by field ('' for the row itself). */
export interface RowIssue {
  field: string;
  reason: string;
}

interface SchemaError {
  keyword: string;
  schemaPath: string;
  instancePath: string;
  params: Record<string, unknown>;
  message: string;
}

const validators = new WeakMap<TSchema, Validator>();

function validatorOf(schema: TSchema): Validator {
  let validator = validators.get(schema);
  if (!validator) {
    validator = Compile(schema);
    validators.set(schema, validator);
  }
  return validator;
}

function fieldOf(instancePath: string): string {
  return instancePath.replace(/^\//, '').replaceAll('/', '.');
}

/** One reason per field, in words a person can act on ("must be one of receipt, storage"), not one per schema branch. */
function reasonFor(errors: SchemaError[]): string {
  const union = errors.find((e) => e.keyword === 'anyOf');
  if (!union) return [...new Set(errors.map((e) => e.message))].join('; ');
  const branches = errors.filter((e) => e.schemaPath.startsWith(`${union.schemaPath}/anyOf/`));
  const allowed = branches.filter((e) => e.keyword === 'const').map((e) => String(e.params.allowedValue));
  if (allowed.length > 0 && allowed.length === branches.length) return `must be one of ${allowed.join(', ')}`;
  const nullable = branches.some((e) => e.keyword === 'type' && e.params.type === 'null');
  const others = [...new Set(branches.filter((e) => !(e.keyword === 'type' && e.params.type === 'null')).map((e) => e.message))];
  return `${others.join(' or ') || union.message}${nullable ? ' (or null)' : ''}`;
}

export function rowIssues(schema: TSchema, row: unknown): RowIssue[] {
  const errors = validatorOf(schema).Errors(row) as unknown as SchemaError[];
  const issues: RowIssue[] = [];
  const byPath = new Map<string, SchemaError[]>();
  for (const error of errors) {
    if (error.keyword === 'required') {
      for (const name of (error.params.requiredProperties as string[] | undefined) ?? []) {
        issues.push({ field: [fieldOf(error.instancePath), name].filter(Boolean).join('.'), reason: 'is required' });
      }
    } else if (error.keyword === 'additionalProperties') {
      for (const name of (error.params.additionalProperties as string[] | undefined) ?? []) {
        issues.push({ field: [fieldOf(error.instancePath), name].filter(Boolean).join('.'), reason: 'is not a known field' });
      }
    } else if (!(error.keyword === 'boolean' && error.schemaPath.endsWith('/additionalProperties'))) {
      const list = byPath.get(error.instancePath) ?? [];
      list.push(error);
      byPath.set(error.instancePath, list);
    }
  }
  for (const [path, list] of byPath) issues.push({ field: fieldOf(path), reason: reasonFor(list) });
  return issues;
}
