import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { capped, CommonErrors, defineError, DomainError, type ErrorDefinition, type FieldProblem } from '../errors.js';

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

/** Answers the HTTP layer gives before a route is found or a body is read. */
export const HttpErrors = {
  uriTooLong: defineError('REQUEST.URI_TOO_LONG', 414, 'A part of the URL is too long'),
  headersTooLarge: defineError('REQUEST.HEADERS_TOO_LARGE', 431, 'The request headers are too large'),
  timeout: defineError('REQUEST.TIMEOUT', 408, 'The request was not received in time'),
};

function typeUri(code: string): string {
  return `https://quayside.dev/errors/${code}`;
}

export function problemOf(def: ErrorDefinition, detail: string, errors: FieldProblem[] = []): Problem {
  return { type: typeUri(def.code), title: def.title, status: def.status, detail, code: def.code, errors };
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
  if (issue.keyword === 'pattern' && typeof issue.params.pattern === 'string' && issue.params.pattern.includes('\\p{Cc}')) {
    return 'must be visible characters without control, format (bidirectional or zero-width) characters or white space at either end';
  }
  return issue.message ?? issue.keyword;
}

export function problemFromValidation(error: FastifyError): Problem {
  const context = (error as FastifyError & { validationContext?: string }).validationContext;
  const issues = (error.validation ?? []) as AjvIssue[];
  const { problems, detail } = capped(issues.map((issue) => ({ field: fieldOf(issue, context), reason: reasonOf(issue) })));
  return problemOf(CommonErrors.validation, detail || error.message, problems);
}

export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  return reply.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(problem);
}

/** What the HTTP layer's own errors (Fastify's FST_ codes and plain statuses) mean for a caller. */
function problemFromHttpError(error: FastifyError, status: number): Problem {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return problemOf(CommonErrors.rateOrSize, 'The request body is larger than this route takes', [{ field: 'body', reason: 'is too large' }]);
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return problemOf(CommonErrors.unsupportedMediaType, 'Send the body as application/json (or a type this route names in the API reference)', [
        { field: 'content-type', reason: 'is not supported by this route' },
      ]);
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return problemOf(CommonErrors.validation, `body: ${error.message}`, [{ field: 'body', reason: 'is not valid JSON' }]);
    case 'FST_ERR_BAD_URL':
      return problemOf(CommonErrors.validation, 'url: is not valid percent-encoding', [{ field: 'url', reason: 'is not valid percent-encoding' }]);
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return problemOf(HttpErrors.uriTooLong, 'A part of the URL path is longer than any id', [{ field: 'url', reason: 'has a path segment that is too long' }]);
    default:
      break;
  }
  if (status === 404) return problemOf(CommonErrors.notFound, error.message);
  if (status === 413) return problemOf(CommonErrors.rateOrSize, error.message);
  if (status === 415) return problemOf(CommonErrors.unsupportedMediaType, error.message);
  return { ...problemOf(CommonErrors.validation, error.message), status, title: STATUS_CODES[status] ?? CommonErrors.validation.title };
}

/** What any error a route meets means for the caller; an unexpected one (a bug) is logged here. */
export function problemForError(error: FastifyError, request: FastifyRequest): Problem {
  if (error instanceof DomainError) return problemFromDomain(error);
  if (error.validation) return problemFromValidation(error);
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) return problemFromHttpError(error, status);
  request.log.error({ err: error }, 'request failed');
  return problemOf(CommonErrors.internal, 'An unexpected error occurred; it has been logged.');
}

export function errorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  return sendProblem(reply, problemForError(error, request));
}

/** Errors Fastify's router meets before any route runs (a malformed URL, an over-long path segment). */
export function frameworkErrorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  request.log.info({ code: error.code, url: request.url }, 'refused a malformed request');
  void sendProblem(reply, problemFromHttpError(error, error.statusCode ?? 400));
}

/**
 * Errors Node's HTTP parser meets before Fastify sees a request (headers too large, a malformed request
 * line, a timeout): answered on the raw socket, as problem+json like every other error.
 */
export function clientErrorHandler(this: { log: { debug(obj: unknown, msg: string): void } }, error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const def =
    error.code === 'HPE_HEADER_OVERFLOW' ? HttpErrors.headersTooLarge : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? HttpErrors.timeout : CommonErrors.validation;
  const detail =
    def === HttpErrors.headersTooLarge ? 'The request line and headers are larger than the server takes' : def === HttpErrors.timeout ? 'The request was not received in time' : 'The request is not valid HTTP';
  this.log.debug({ err: error }, 'client error');
  const body = JSON.stringify(problemOf(def, detail));
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${String(def.status)} ${STATUS_CODES[def.status] ?? ''}\r\nContent-Type: ${PROBLEM_CONTENT_TYPE}\r\nContent-Length: ${String(Buffer.byteLength(body))}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}

export function notFoundHandler(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const url = request.url.length > 200 ? `${request.url.slice(0, 200)}...` : request.url;
  return sendProblem(reply, { ...problemOf(CommonErrors.notFound, `${request.method} ${url} is not a route`), title: 'Not found' });
}
