import { i18n } from '../../i18n';
import type { AuditEntry } from '../../api/audit-log';
import { formatDateTime } from '../../ui';

type Action = AuditEntry['action'];
type Outcome = AuditEntry['outcome'];

/** What each action code means, in the words an admin reads; the record forces a label for every code the API has. */
export const ACTION_LABELS: Record<Action, string> = {
  'auth.sign_in': 'Sign-in',
  'auth.sign_out': 'Sign-out',
  'auth.locked_out': 'Account locked',
  'user.created': 'User created',
  'user.updated': 'User changed',
  'user.role_changed': 'Role changed',
  'user.disabled': 'User disabled',
  'user.enabled': 'User enabled',
  'user.password_reset': 'Password reset by an admin',
  'user.password_changed': 'Own password changed',
  'api_key.created': 'API key created',
  'api_key.revoked': 'API key revoked',
  'source_system.created': 'Source system created',
  'source_system.updated': 'Source system settings changed',
  'item_mapping.saved': 'Item numbers mapped',
  'item_mapping.removed': 'Item mapping removed',
  'webhook_subscription.created': 'Webhook subscription created',
  'webhook_subscription.updated': 'Webhook subscription changed',
  'webhook_subscription.deleted': 'Webhook subscription deleted',
  'webhook_subscription.secret_rotated': 'Webhook secret rotated',
  'access.refused': 'Call refused',
};

export const OUTCOME_LABELS: Record<Outcome, string> = { success: 'Succeeded', failure: 'Failed', refused: 'Refused' };

export const ACTIONS = Object.keys(ACTION_LABELS) as Action[];

/** An action in the user's language (the English of ACTION_LABELS is the fallback). */
export const actionLabel = (action: Action): string => i18n.t(`audit:action.${action.replace('.', '_')}` as never, { defaultValue: ACTION_LABELS[action] });
export const OUTCOMES = Object.keys(OUTCOME_LABELS) as Outcome[];

/** "olga", "API key test admin (#1)", "ERP1 integration (#4, ERP1)", "not signed in", "command line". */
export function describeActor(e: AuditEntry): string {
  if (e.actorType === 'anonymous') return 'not signed in';
  if (e.actorType === 'api_key') return `API key ${e.actorName ?? ''} (#${e.actorId ?? '?'}${e.sourceSystemId ? `, ${e.sourceSystemId}` : ''})`;
  return e.actorName ?? e.actorType;
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/** The detail as short "key: value" text; nested changes read "from → to". */
export function describeDetail(detail: Record<string, unknown>): string {
  const text = (value: unknown): string => {
    if (value === null) return '—';
    if (Array.isArray(value)) return value.map(text).join(', ');
    if (typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if ('from' in record && 'to' in record) return `${text(record.from)} → ${text(record.to)}`;
      return Object.entries(record).map(([k, v]) => `${k}: ${text(v)}`).join('; ');
    }
    if (typeof value === 'string' && ISO_INSTANT.test(value)) return formatDateTime(value);
    return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
  };
  return text(detail);
}
