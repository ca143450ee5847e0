import { useEffect, useState } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { resendLeftovers } from '../api/operations';
import { useAuth, useUser } from '../auth/AuthProvider';
import { useTranslation } from '../i18n';
import { ScanFeedbackBar, ScanFeedbackProvider } from '../mobile/feedback/ScanFeedback';
import { forgetUserData, registerServiceWorker } from '../mobile/offline/queue';
import { Alert, ProblemAlert } from '../ui';
import { useOnline, usePendingOperations } from './connection';
import { LanguagePicker } from './LanguagePicker';
import { homeFor } from './menus';
import '../mobile/mobile.css';

/** One column for a handheld: a bar with back and sign out, the connection state, the scan bar, then the step. */
export function MobileShell() {
  const { t } = useTranslation('mobile');
  const user = useUser();
  const { signOut } = useAuth();
  const online = useOnline();
  const pending = usePendingOperations();
  const failure = pending.find((op) => op.lastFailure)?.lastFailure;
  const location = useLocation();
  const [leftover, setLeftover] = useState<{ label: string; error?: unknown }[]>([]);

  useEffect(registerServiceWorker, []);
  useEffect(() => {
    if (!online) return;
    void resendLeftovers((op, error) => setLeftover((list) => [...list, { label: op.label, error }]));
  }, [online]);

  const atMenu = location.pathname === '/mobile' || location.pathname === '/mobile/';
  return (
    <ScanFeedbackProvider>
      <div className="qs-mobile">
        <header className="qs-mobile-bar">
          {!atMenu && (
            <Link to="/mobile" aria-label={t('shell.back')}>
              ←
            </Link>
          )}
          <h1>Quayside</h1>
          {user.role !== 'warehouse_worker' && <Link to={homeFor(user.role)}>{t('shell.desk')}</Link>}
          {atMenu && <LanguagePicker className="qs-language qs-language-compact" />}
          <button
            type="button"
            onClick={() =>
              void (async () => {
                await forgetUserData();
                await signOut();
              })()
            }
          >
            {t('shell.signOut')}
          </button>
        </header>
        {(!online || pending.length > 0) && (
          <div className="qs-offline" role="status" aria-live="polite">
            {!online ? t('shell.offline') : failure ? t('shell.notSent', { reason: failure }) : ''}
            {pending.length > 0 ? t('shell.waiting', { count: pending.length }) : t('shell.kept')} <Link to="/mobile/queue">{t('shell.showQueue')}</Link>
          </div>
        )}
        <ScanFeedbackBar />
        <main className="qs-mobile-body">
          {leftover.map((l, i) =>
            l.error ? (
              <div key={i}>
                <strong>{l.label}</strong> <ProblemAlert error={l.error} />
              </div>
            ) : (
              <Alert key={i} tone="ok">
                {t('shell.sentAfter', { label: l.label })}
              </Alert>
            ),
          )}
          <Outlet />
        </main>
      </div>
    </ScanFeedbackProvider>
  );
}
