import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { CommonErrors, DomainError, type FieldProblem } from '../errors.js';

/** RFC 9457 problem details, with the stable code and the offending fields. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  errors: FieldProblem[];
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

function typeUri(code: string): string {
  return `https://quayside.dev/errors/${code}`;
}

export function problemFromDomain(error: DomainError): Problem {
  return {
    type: typeUri(error.code),
    title: error.title,
    status: error.status,
    detail: error.message,
    code: error.code,
    errors: error.problems,
  };
}

interface AjvIssue {
  instancePath: string;
  message?: string;
  params: Record<string, unknown>;
  keyword: string;
}

function fieldOf(issue: AjvIssue, context: string | undefined): string {
  const base = issue.instancePath.replace(/^\//, '').replaceAll('/', '.');
  const missing = issue.params.missingProperty ?? issue.params.additionalProperty;
  const leaf = typeof missing === 'string' ? missing : '';
  const path = [base, leaf].filter(Boolean).join('.');
  const prefix = context && context !== 'body' ? `${context}.` : '';
  return `${prefix}${path}` || (context ?? 'body');
}

function reasonOf(issue: AjvIssue): string {
  if (issue.keyword === 'additionalProperties') return 'is not a known field';
  if (issue.keyword === 'required') return 'is required';
  return issue.message ?? issue.keyword;
}

export function problemFromValidation(error: FastifyError): Problem {
  const context = (error as FastifyError & { validationContext?: string }).validationContext;
  const issues = (error.validation ?? []) as AjvIssue[];
  const errors = issues.map((issue) => ({ field: fieldOf(issue, context), reason: reasonOf(issue) }));
  return {
    type: typeUri(CommonErrors.validation.code),
    title: CommonErrors.validation.title,
    status: 400,
    detail: errors.map((e) => `${e.field}: ${e.reason}`).join('; ') || error.message,
    code: CommonErrors.validation.code,
    errors,
  };
}

export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  return reply.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(problem);
}

export function errorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (error instanceof DomainError) return sendProblem(reply, problemFromDomain(error));
  if (error.validation) return sendProblem(reply, problemFromValidation(error));
  const status = error.statusCode ?? 500;
  if (status >= 500) request.log.error({ err: error }, 'request failed');
  const code = status === 415 ? 'REQUEST.UNSUPPORTED_MEDIA_TYPE' : status === 413 ? CommonErrors.rateOrSize.code : status < 500 ? CommonErrors.validation.code : 'SERVER.INTERNAL';
  return sendProblem(reply, {
    type: typeUri(code),
    title: status < 500 ? 'The request could not be handled' : 'Internal server error',
    status,
    detail: status < 500 ? error.message : 'An unexpected error occurred; it has been logged.',
    code,
    errors: [],
  });
}
