/**
 * What the UI knows about the signed-in session. The session token itself is an HttpOnly cookie that no
 * script in the page can read (ADR 0013); kept here, in localStorage so that a handheld that reloads or loses
 * power mid-shift stays signed in, are the user, when the session ends, and the CSRF token that every change
 * sent with the cookie must carry (worthless without the cookie, and the outbox needs it after a reload).
 */
export interface SessionUser {
  username: string;
  displayName: string;
  role: Role;
  /** The web UI's language the user chose (kept on the server); null: the browser's. */
  language?: 'en' | 'de' | null;
}

export type Role = 'admin' | 'warehouse_manager' | 'planner' | 'integration_operator' | 'warehouse_worker';

export interface StoredSession {
  csrfToken: string;
  expiresAt: string;
  user: SessionUser;
  /** The password was set by someone else: the user chooses their own before anything else. */
  mustChangePassword: boolean;
}

/** The header that carries the CSRF token (the server refuses changes sent with the cookie but without it). */
export const CSRF_HEADER = 'x-csrf-token';

const KEY = 'quayside.session';
// Kept apart from the session so that a reload right after the server ended the session still says why.
const ENDED_KEY = 'quayside.session-ended';
type Listener = (session: StoredSession | undefined, reason?: 'expired') => void;
const listeners = new Set<Listener>();

function read(): StoredSession | undefined {
  try {
    const raw = window.localStorage.getItem(KEY);
    const stored = raw ? (JSON.parse(raw) as Partial<StoredSession>) : undefined;
    // A session stored by an older version (a bearer token, no CSRF token) is signed out.
    return typeof stored?.csrfToken === 'string' && stored.user ? (stored as StoredSession) : undefined;
  } catch {
    return undefined;
  }
}

export const sessionStore = {
  current: read,
  /** For the X-CSRF-Token header of every request sent with the session cookie. */
  csrfToken: (): string | undefined => read()?.csrfToken,
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
