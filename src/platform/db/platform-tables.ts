import type { Generated } from 'kysely';

/** Tables of the technical kernel: API keys, background processes and their runs, jobs, number sequences. */
export interface ApiKeysTable {
  id: Generated<number>;
  name: string;
  key_prefix: string;
  key_hash: string;
  /** 'user' (a person with a role) or 'source_system' (an integration client). */
  kind: string;
  role: string | null;
  source_system_id: string | null;
  created_at: number;
  last_used_at: number | null;
  revoked_at: number | null;
  /** After this instant the key is refused like an unknown one; null for a key without an end. */
  expires_at: number | null;
}

export interface BackgroundProcessesTable {
  id: Generated<number>;
  process_type: string;
  /** What the process is for: a source system id, or '' for a warehouse-wide process. */
  scope_key: string;
  source_system_id: string | null;
  interval_seconds: number;
  enabled: number;
  next_run_at: number;
  /** Compare-and-set lease: only the worker that set it runs the process until lease_until. */
  lease_owner: string | null;
  lease_until: number | null;
  parameters: string;
  last_run_id: number | null;
}

export interface ProcessRunsTable {
  id: Generated<number>;
  process_id: number;
  trigger: string;
  worker_id: string;
  started_at: number;
  ended_at: number | null;
  outcome: string;
  items_processed: number;
  error: string | null;
}

export interface JobsTable {
  id: Generated<number>;
  kind: string;
  payload: string;
  status: string;
  run_at: number;
  attempts: number;
  max_attempts: number;
  locked_by: string | null;
  lease_until: number | null;
  created_at: number;
  finished_at: number | null;
  last_error: string | null;
  dedupe_key: string | null;
}

export interface NumberSequencesTable {
  code: string;
  next_value: number;
  prefix: string;
  width: number;
}

/** Client operation ids already applied, with the answer given, so that a retried scan is applied once. */
export interface ClientOperationsTable {
  operation_id: string;
  /** What the id was used for (e.g. 'receive-line:42'); reusing an id for something else is an error. */
  scope: string;
  created_at: number;
  result: string | null;
}

/** Short-lived bearer tokens issued for an API key (auth/access-tokens.ts); only the hash is kept. */
export interface AccessTokensTable {
  token_hash: string;
  api_key_id: number;
  created_at: number;
  expires_at: number;
}

export interface PlatformTables {
  client_operations: ClientOperationsTable;
  api_keys: ApiKeysTable;
  access_tokens: AccessTokensTable;
  background_processes: BackgroundProcessesTable;
  process_runs: ProcessRunsTable;
  jobs: JobsTable;
  number_sequences: NumberSequencesTable;
}
