import { useEffect, useState } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { resendLeftovers } from '../api/operations';
import { useAuth, useUser } from '../auth/AuthProvider';
import { useTranslation } from '../i18n';
import { Alert, ProblemAlert } from '../ui';
import { useOnline, usePendingOperations } from './connection';
import { LanguagePicker } from './LanguagePicker';
import { homeFor } from './menus';

/** One column for a handheld: a bar with back and sign out, the connection state, then the step. */
export function MobileShell() {
  const user = useUser();
  const { signOut } = useAuth();
  const { t } = useTranslation('shell');
  const online = useOnline();
  const pending = usePendingOperations();
  const failure = pending.find((op) => op.lastFailure)?.lastFailure;
  const location = useLocation();
  const [leftover, setLeftover] = useState<{ label: string; error?: unknown }[]>([]);

  useEffect(() => {
    if (!online) return;
    void resendLeftovers((op, error) => setLeftover((list) => [...list, { label: op.label, error }]));
  }, [online]);

  const atMenu = location.pathname === '/mobile' || location.pathname === '/mobile/';
  return (
    <div className="qs-mobile">
      <header className="qs-mobile-bar">
        {!atMenu && (
          <Link to="/mobile" aria-label={t('backToMenu')}>
            ←
          </Link>
        )}
        <h1>{t('brand')}</h1>
        {user.role !== 'warehouse_worker' && <Link to={homeFor(user.role)}>{t('desk')}</Link>}
        {atMenu && <LanguagePicker className="qs-language qs-language-compact" />}
        <button type="button" onClick={() => void signOut()}>
          {t('signOut')}
        </button>
      </header>
      {(!online || pending.length > 0) && (
        <div className="qs-offline" role="status" aria-live="polite">
          {!online ? t('offline') : failure ? t('notSentYet', { reason: failure }) : ''}
          {pending.length > 0 ? t('waiting', { count: pending.length }) : t('keptUntilOnline')}
        </div>
      )}
      <main className="qs-mobile-body">
        {leftover.map((l, i) =>
          l.error ? (
            <div key={i}>
              <strong>{l.label}</strong> <ProblemAlert error={l.error} />
            </div>
          ) : (
            <Alert key={i} tone="ok">
              {t('sentAfterReconnect', { label: l.label })}
            </Alert>
          ),
        )}
        <Outlet />
      </main>
    </div>
  );
}
