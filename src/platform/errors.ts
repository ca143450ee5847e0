/**
 * Expected business outcomes are typed errors with stable dotted codes; bugs are plain Errors.
 * Every code is declared once with its HTTP status, so one mapper (http/problem.ts) can turn it into
 * problem+json and docs/errors.md can be checked against the registry by a test.
 */
export interface FieldProblem {
  /** JSON pointer-ish path of the offending field, e.g. `/lines/2/itemNumber`. */
  field: string;
  reason: string;
  value?: unknown;
}

export interface ErrorDefinition {
  code: string;
  status: number;
  title: string;
}

const registry = new Map<string, ErrorDefinition>();

export function defineError(code: string, status: number, title: string): ErrorDefinition {
  const existing = registry.get(code);
  if (existing) return existing;
  const def = { code, status, title };
  registry.set(code, def);
  return def;
}

export function registeredErrors(): ErrorDefinition[] {
  return [...registry.values()].sort((a, b) => a.code.localeCompare(b.code));
}

export class DomainError extends Error {
  readonly code: string;
  readonly status: number;
  readonly title: string;
  readonly problems: FieldProblem[];

  constructor(def: ErrorDefinition, detail: string, problems: FieldProblem[] = []) {
    super(detail);
    this.name = 'DomainError';
    this.code = def.code;
    this.status = def.status;
    this.title = def.title;
    this.problems = problems;
  }
}

export const CommonErrors = {
  validation: defineError('REQUEST.VALIDATION_FAILED', 400, 'The request is not valid'),
  notFound: defineError('REQUEST.NOT_FOUND', 404, 'The resource does not exist'),
  conflict: defineError('REQUEST.CONFLICT', 409, 'The resource already exists or was changed'),
  unauthenticated: defineError('AUTH.UNAUTHENTICATED', 401, 'A valid API key is required'),
  forbidden: defineError('AUTH.FORBIDDEN', 403, 'The caller may not do this'),
  staleVersion: defineError('REQUEST.STALE_VERSION', 409, 'The resource was changed by someone else'),
  referenceMissing: defineError('REQUEST.REFERENCE_NOT_FOUND', 422, 'A referenced record does not exist'),
  invalidState: defineError('REQUEST.INVALID_STATE', 409, 'The action is not allowed in the current state'),
  rateOrSize: defineError('REQUEST.TOO_LARGE', 413, 'The request is too large'),
  unsupportedMediaType: defineError('REQUEST.UNSUPPORTED_MEDIA_TYPE', 415, 'The content type is not supported'),
  internal: defineError('SERVER.INTERNAL', 500, 'Internal server error'),
  operationIdReused: defineError('REQUEST.OPERATION_ID_REUSED', 409, 'The operation id was already used for a different operation'),
};

export function notFound(what: string, id: string | number): DomainError {
  return new DomainError(CommonErrors.notFound, `${what} '${String(id)}' does not exist`);
}

export function invalid(field: string, reason: string, value?: unknown): DomainError {
  return new DomainError(CommonErrors.validation, `${field}: ${reason}`, [{ field, reason, value }]);
}

export function missingReference(field: string, what: string, value: unknown): DomainError {
  return new DomainError(CommonErrors.referenceMissing, `${what} '${String(value)}' does not exist`, [
    { field, reason: `${what} does not exist`, value },
  ]);
}

/** How many field problems one answer names; the rest are counted, so that an answer stays small. */
export const MAX_REPORTED_PROBLEMS = 20;

/** The first problems and a count of the others, with a detail line that names the shown ones. */
export function capped(problems: FieldProblem[]): { problems: FieldProblem[]; detail: string } {
  const shown = problems.slice(0, MAX_REPORTED_PROBLEMS);
  const more = problems.length - shown.length;
  const detail = shown.map((p) => `${p.field}: ${p.reason}`).join('; ') + (more > 0 ? `; and ${String(more)} more problems` : '');
  return { problems: shown, detail };
}

/**
 * What a caller may read about an error stored for later (a posting or a background run that failed): the
 * message of an expected outcome, written for people; for anything else only a reference, which the
 * server log carries next to the exception (whose text can name hosts, tables and other tenants' values).
 */
export function publicErrorText(error: unknown, reference: string): string {
  if (error instanceof DomainError) return error.message;
  return `Unexpected error (reference ${reference}); the operators find it in the server log under this reference`;
}
