/** A problem+json answer from the server, or a network failure, as one error type the screens show. */
export interface FieldProblem {
  field: string;
  reason: string;
  value?: unknown;
}

export class ApiProblem extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail: string | undefined;
  readonly code: string | undefined;
  readonly errors: FieldProblem[];

  constructor(status: number, body: unknown) {
    const problem = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
    const title = typeof problem.title === 'string' ? problem.title : `Request failed (${String(status)})`;
    super(typeof problem.detail === 'string' ? problem.detail : title);
    this.name = 'ApiProblem';
    this.status = status;
    this.title = title;
    this.detail = typeof problem.detail === 'string' ? problem.detail : undefined;
    this.code = typeof problem.code === 'string' ? problem.code : undefined;
    this.errors = Array.isArray(problem.errors) ? (problem.errors as FieldProblem[]) : [];
  }

  /** A dropped connection: the request may be retried with the same operation id. */
  get offline(): boolean {
    return this.status === 0;
  }

  static offline(cause: unknown): ApiProblem {
    const problem = new ApiProblem(0, { title: 'No connection to Quayside', detail: cause instanceof Error ? cause.message : String(cause) });
    return problem;
  }
}

export function isProblem(error: unknown): error is ApiProblem {
  return error instanceof ApiProblem;
}
