import type { Generated } from 'kysely';

/** People who sign in with a password. Integration clients and scripts use API keys instead. */
export interface UsersTable {
  id: Generated<number>;
  /** Lower case; what the person types at sign-in and what is recorded as the actor of their work. */
  username: string;
  display_name: string;
  role: string;
  /** `scrypt$N=..,r=..,p=..$<salt>$<hash>`, see passwords.ts. */
  password_hash: string;
  disabled: number;
  failed_sign_ins: number;
  locked_until: number | null;
  /** 1 while the password is one someone else chose (admin, command line, first start): changed at the next sign-in. */
  must_change_password: Generated<number>;
  /** The web UI's language this person chose ('en', 'de'); null: the browser's language. */
  language: Generated<string | null>;
  created_at: number;
  updated_at: number;
}

export interface UserSessionsTable {
  id: Generated<number>;
  /** SHA-256 of the bearer token; the token itself is only ever in the client's hands. */
  token_hash: string;
  user_id: number;
  created_at: number;
  /** Renewed at most once a minute; the idle timeout counts from here. */
  last_used_at: number;
  /** The absolute end, however active the session is. */
  expires_at: number;
  revoked_at: number | null;
}

/** One row (id 1) once a start has found the database new and created the first admin credentials. */
export interface FirstStartTable {
  id: number;
  claimed_at: number;
}

/** One row (id 1); see migration 0047 and credential-cache.ts. */
export interface CredentialGenerationTable {
  id: number;
  generation: number;
}

export interface UsersTables {
  users: UsersTable;
  user_sessions: UserSessionsTable;
  first_start: FirstStartTable;
  credential_generation: CredentialGenerationTable;
}
