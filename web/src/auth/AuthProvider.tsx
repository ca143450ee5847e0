import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import { i18n, setLanguage, type Language } from '../i18n';
import { sessionStore, type StoredSession } from './session-store';

interface AuthState {
  session: StoredSession | undefined;
  /** Why the user is signed out, when it was not their choice. */
  notice: string | undefined;
  signIn: (username: string, password: string) => Promise<void>;
  /** Replaces the signed-in user's password; the server ends their other sessions. */
  changePassword: (currentPassword: string, newPassword: string) => Promise<void>;
  signOut: () => Promise<void>;
  /** Keeps the language on the server for this user (every device, every sign-in) and shows it at once. */
  chooseLanguage: (language: Language) => Promise<void>;
}

const sessionEnded = () => i18n.t('auth:sessionEnded');

const AuthContext = createContext<AuthState | undefined>(undefined);

export function AuthProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [session, setSession] = useState(sessionStore.current);
  const [notice, setNotice] = useState<string | undefined>(() => (sessionStore.endedByServer() ? sessionEnded() : undefined));

  useEffect(
    () =>
      sessionStore.subscribe((next, reason) => {
        setSession(next);
        if (reason === 'expired') setNotice(sessionEnded());
        if (!next) queryClient.clear();
      }),
    [queryClient],
  );

  // Asking the server on start and every few minutes notices a session that expired or was revoked
  // (the API client's 401 handling then signs out) before the user loses a form's worth of typing.
  const current = useQuery({
    queryKey: ['session', session?.user.username],
    queryFn: () => unwrap(api.GET('/api/v1/session')),
    enabled: session !== undefined,
    refetchInterval: 5 * 60_000,
    retry: false,
  });
  // The server's word on the session (e.g. a password change required since) replaces what was stored.
  const fresh = current.data;
  useEffect(() => {
    const stored = sessionStore.current();
    if (!fresh || !stored || stored.user.username !== fresh.user.username) return;
    // A language chosen on another device applies here too.
    void setLanguage(fresh.user.language);
    if (
      stored.csrfToken !== fresh.csrfToken ||
      stored.mustChangePassword !== fresh.mustChangePassword ||
      stored.user.role !== fresh.user.role ||
      stored.user.language !== fresh.user.language
    ) {
      sessionStore.save({ csrfToken: fresh.csrfToken, expiresAt: fresh.expiresAt, user: fresh.user, mustChangePassword: fresh.mustChangePassword });
    }
  }, [fresh]);

  const value: AuthState = {
    session,
    notice,
    signIn: async (username, password) => {
      // cookie: the token stays in an HttpOnly cookie, out of reach of any script in the page.
      const created = await unwrap(api.POST('/api/v1/sessions', { body: { username, password, cookie: true } }));
      setNotice(undefined);
      // The user's own language before the first screen shows; none chosen: the one in use stays.
      await setLanguage(created.user.language);
      sessionStore.save({ csrfToken: created.csrfToken, expiresAt: created.expiresAt, user: created.user, mustChangePassword: created.mustChangePassword });
    },
    changePassword: async (currentPassword, newPassword) => {
      const changed = await unwrap(api.PUT('/api/v1/session/password', { body: { currentPassword, newPassword } }));
      // What the server said now, so that an older answer still in the cache does not ask for a change again.
      queryClient.setQueryData(['session', changed.user.username], changed);
      sessionStore.save({ csrfToken: changed.csrfToken, expiresAt: changed.expiresAt, user: changed.user, mustChangePassword: changed.mustChangePassword });
    },
    chooseLanguage: async (language) => {
      const changed = await unwrap(api.PATCH('/api/v1/session/preferences', { body: { language } }));
      queryClient.setQueryData(['session', changed.user.username], changed);
      sessionStore.save({ csrfToken: changed.csrfToken, expiresAt: changed.expiresAt, user: changed.user, mustChangePassword: changed.mustChangePassword });
      await setLanguage(changed.user.language);
    },
    signOut: async () => {
      try {
        await api.DELETE('/api/v1/session');
      } finally {
        sessionStore.clear();
      }
    },
  };
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside AuthProvider');
  return auth;
}

/** The signed-in user; only used below the sign-in gate. */
export function useUser(): StoredSession['user'] {
  const { session } = useAuth();
  if (!session) throw new Error('useUser without a session');
  return session.user;
}
