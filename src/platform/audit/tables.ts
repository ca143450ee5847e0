import type { Generated } from 'kysely';

/** One thing that happened to access or settings, see audit-log.ts. Rows are only ever added (and aged out). */
export interface AuditLogTable {
  id: Generated<number>;
  at: number;
  /** 'user' (signed in with a password), 'api_key', 'anonymous' (not signed in, e.g. a failed sign-in) or 'system'. */
  actor_type: string;
  /** The username, or the API key's id. */
  actor_id: string | null;
  /** The username, the API key's name, or what the system actor was (the command line, the first start). */
  actor_name: string | null;
  /** The source system an integration key belongs to. */
  source_system_id: string | null;
  client_ip: string | null;
  action: string;
  target_type: string | null;
  target_id: string | null;
  /** 'success', 'failure' or 'refused'. */
  outcome: string;
  /** A short JSON object: what changed, why it failed. Never a password, secret or token. */
  detail: string;
}

export interface AuditTables {
  audit_log: AuditLogTable;
}
