import type { FastifyRequest } from 'fastify';
import type { Clock } from '../clock.js';
import type { Executor } from '../db/database.js';
import { DomainError } from '../errors.js';
import type { App } from '../http/app.js';
import { recordAudit } from './audit-log.js';
import { RefusalBudget } from './refusal-budget.js';
import { auditSourceOf } from './request-source.js';

/** Refused calls recorded per caller per minute; see RefusalBudget. */
export const REFUSALS_PER_MINUTE = 20;

function callerOf(request: FastifyRequest): string {
  const source = auditSourceOf(request);
  return source.actor.id !== null ? `${source.actor.type}:${source.actor.id}` : `address:${source.clientIp ?? ''}`;
}

/**
 * Records every 403 answer (the access check, a source system key naming another source system, a change sent
 * with the session cookie but no CSRF token), after the refusal: nothing was changed, so there is no transaction
 * to join. The row is written before the answer goes out. A failure to write it is logged, and the caller still
 * gets the 403 it earned.
 */
export function installRefusalAudit(app: App, deps: { db: Executor; clock: Clock }): void {
  const budget = new RefusalBudget(REFUSALS_PER_MINUTE, 60_000);
  app.addHook('onError', async (request, _reply, error) => {
    if (!(error instanceof DomainError) || error.status !== 403) return;
    const now = deps.clock.now();
    const { record, skipped } = budget.take(callerOf(request), now);
    if (!record) return;
    const route = request.routeOptions.url ?? request.url.split('?')[0] ?? '';
    try {
      await recordAudit(deps.db, now, auditSourceOf(request), {
        action: 'access.refused',
        outcome: 'refused',
        target: { type: 'route', id: `${request.method} ${route}` },
        detail: { code: error.code, reason: error.message, path: request.url.split('?')[0], ...(skipped > 0 ? { notRecordedBefore: skipped } : {}) },
      });
    } catch (failure) {
      request.log.error({ err: failure }, 'could not record a refused call in the audit log');
    }
  });
}
