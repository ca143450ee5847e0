import type { FastifyRequest } from 'fastify';
import { actorOf, ANONYMOUS, type AuditSource } from './audit-log.js';

/**
 * Who sent a request and from where. The authenticated caller counts even when the request was then refused
 * (request.authenticated is set before the access check); the address is the client's as Fastify sees it,
 * which behind a proxy is right only with the trustProxy setting.
 */
export function auditSourceOf(request: FastifyRequest): AuditSource {
  const who = request.principal ?? request.authenticated;
  return { actor: who ? actorOf(who) : ANONYMOUS, clientIp: request.ip || null };
}
