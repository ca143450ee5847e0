/**
 * The signed-in session, kept in localStorage so a handheld that reloads or loses power mid-shift
 * stays signed in until the session expires on the server (ADR 0011).
 */
export interface SessionUser {
  username: string;
  displayName: string;
  role: Role;
}

export type Role = 'admin' | 'warehouse_manager' | 'planner' | 'integration_operator' | 'warehouse_worker';

export interface StoredSession {
  token: string;
  expiresAt: string;
  user: SessionUser;
}

const KEY = 'quayside.session';
// Kept apart from the session so that a reload right after the server ended the session still says why.
const ENDED_KEY = 'quayside.session-ended';
type Listener = (session: StoredSession | undefined, reason?: 'expired') => void;
const listeners = new Set<Listener>();

function read(): StoredSession | undefined {
  try {
    const raw = window.localStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as StoredSession) : undefined;
  } catch {
    return undefined;
  }
}

export const sessionStore = {
  current: read,
  token: (): string | undefined => read()?.token,
  /** Whether the last session was ended by the server rather than by signing out. */
  endedByServer: (): boolean => window.localStorage.getItem(ENDED_KEY) !== null,
  save(session: StoredSession): void {
    window.localStorage.removeItem(ENDED_KEY);
    window.localStorage.setItem(KEY, JSON.stringify(session));
    listeners.forEach((l) => l(session));
  },
  clear(): void {
    window.localStorage.removeItem(KEY);
    window.localStorage.removeItem(ENDED_KEY);
    listeners.forEach((l) => l(undefined));
  },
  expire(): void {
    window.localStorage.removeItem(KEY);
    window.localStorage.setItem(ENDED_KEY, new Date().toISOString());
    listeners.forEach((l) => l(undefined, 'expired'));
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
