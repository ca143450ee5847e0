import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { problemForError, problemOf, type Problem } from '../../../platform/http/problem.js';
import { CommonErrors } from '../../../platform/errors.js';
import { ODATA_VERSION } from './headers.js';

/** OData's JSON error format (OData JSON Format 4.0, section 21), which D365 answers and connectors parse. */
export interface ODataErrorBody {
  error: {
    code: string;
    message: string;
    details: { code: string; message: string; target: string }[];
    innererror: { status: number; title: string };
  };
}

/** The same stable code, text and offending fields as problem+json, in OData's shape. */
export function odataErrorOf(problem: Problem): ODataErrorBody {
  return {
    error: {
      code: problem.code,
      message: problem.detail,
      details: problem.errors.map((e) => ({ code: problem.code, message: e.reason, target: e.field })),
      innererror: { status: problem.status, title: problem.title },
    },
  };
}

export function sendODataError(reply: FastifyReply, problem: Problem): FastifyReply {
  return reply.status(problem.status).header('odata-version', ODATA_VERSION).type('application/json; odata.metadata=minimal').send(odataErrorOf(problem));
}

/** Every error on /data/ in OData's format: bad input a 4xx with the field, a bug a logged 500. */
export function odataErrorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  return sendODataError(reply, problemForError(error, request));
}

export function odataNotFound(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const url = request.url.length > 200 ? `${request.url.slice(0, 200)}...` : request.url;
  return sendODataError(reply, problemOf(CommonErrors.notFound, `${request.method} ${url} is not an entity set, entity or action of this service`));
}
