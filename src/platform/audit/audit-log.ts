import type { Executor } from '../db/database.js';
import type { Principal } from '../auth/principal.js';
import { auditDetail } from './detail.js';

/**
 * What the audit log records. Each code is one kind of thing that happened; the outcome says how it ended.
 * The list is the API's filter enum too, so a new code is added here.
 */
export const AUDIT_ACTIONS = [
  'auth.sign_in',
  'auth.sign_out',
  'auth.locked_out',
  'user.created',
  'user.updated',
  'user.role_changed',
  'user.disabled',
  'user.enabled',
  'user.password_reset',
  'user.password_changed',
  'api_key.created',
  'api_key.revoked',
  'source_system.created',
  'source_system.updated',
  'item_mapping.saved',
  'item_mapping.removed',
  'webhook_subscription.created',
  'webhook_subscription.updated',
  'webhook_subscription.deleted',
  'webhook_subscription.secret_rotated',
  'access.refused',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** success: it happened; failure: it was tried and did not (a wrong password); refused: the caller may not (403). */
export const AUDIT_OUTCOMES = ['success', 'failure', 'refused'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

/** user: signed in with a password; api_key: an API key (a person's or a source system's); anonymous: not signed in; system: the command line or the first start. */
export const AUDIT_ACTOR_TYPES = ['user', 'api_key', 'anonymous', 'system'] as const;
export type AuditActorType = (typeof AUDIT_ACTOR_TYPES)[number];

export interface AuditActor {
  type: AuditActorType;
  /** The username, or the API key's id. */
  id: string | null;
  /** The username, or the API key's name. */
  name: string | null;
  sourceSystemId: string | null;
}

/** Who did it and from where: the same for every row one request writes. */
export interface AuditSource {
  actor: AuditActor;
  clientIp: string | null;
}

export interface AuditEntry {
  action: AuditAction;
  outcome?: AuditOutcome;
  target?: { type: string; id: string | number | null };
  /** What changed or why it failed; keys that name secrets are dropped (see detail.ts). */
  detail?: Record<string, unknown>;
}

export const ANONYMOUS: AuditActor = { type: 'anonymous', id: null, name: null, sourceSystemId: null };

/** Changes made outside the API, by whoever can run Quayside's command line on the server. */
export function systemSource(name: 'command line' | 'first start'): AuditSource {
  return { actor: { type: 'system', id: null, name, sourceSystemId: null }, clientIp: null };
}

export function actorOf(principal: Principal): AuditActor {
  if (principal.kind === 'source_system') return { type: 'api_key', id: String(principal.keyId), name: principal.name, sourceSystemId: principal.sourceSystemId };
  if (principal.session) return { type: 'user', id: principal.session.username, name: principal.session.username, sourceSystemId: null };
  return { type: 'api_key', id: principal.keyId === undefined ? null : String(principal.keyId), name: principal.name, sourceSystemId: null };
}

/**
 * Adds one row to the audit log. Call it with the transaction that makes the change, so that a change
 * rolled back leaves no row and a row is never missing for a change that stayed; a failed sign-in or a
 * refused call changes nothing, so its row is written on its own after the refusal.
 */
export async function recordAudit(db: Executor, now: number, source: AuditSource, entry: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      at: now,
      actor_type: source.actor.type,
      actor_id: source.actor.id,
      actor_name: source.actor.name,
      source_system_id: source.actor.sourceSystemId,
      client_ip: source.clientIp,
      action: entry.action,
      target_type: entry.target?.type ?? null,
      target_id: entry.target?.id === undefined || entry.target.id === null ? null : String(entry.target.id),
      outcome: entry.outcome ?? 'success',
      detail: auditDetail(entry.detail ?? {}),
    })
    .execute();
}
