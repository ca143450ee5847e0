import { useEffect, useState } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { resendLeftovers } from '../api/operations';
import { useAuth, useUser } from '../auth/AuthProvider';
import { Alert, ProblemAlert } from '../ui';
import { useOnline, usePendingOperations } from './connection';
import { homeFor } from './menus';

/** One column for a handheld: a bar with back and sign out, the connection state, then the step. */
export function MobileShell() {
  const user = useUser();
  const { signOut } = useAuth();
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
          <Link to="/mobile" aria-label="Back to the menu">
            ←
          </Link>
        )}
        <h1>Quayside</h1>
        {user.role !== 'warehouse_worker' && <Link to={homeFor(user.role)}>Desk</Link>}
        <button type="button" onClick={() => void signOut()}>
          Sign out
        </button>
      </header>
      {(!online || pending.length > 0) && (
        <div className="qs-offline" role="status" aria-live="polite">
          {!online ? 'Offline. ' : failure ? `Not sent yet: ${failure}. ` : ''}
          {pending.length > 0 ? `${String(pending.length)} scan${pending.length === 1 ? '' : 's'} waiting to be sent; they are sent again automatically.` : 'Scans are kept and sent when the connection is back.'}
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
              Sent after reconnecting: {l.label}
            </Alert>
          ),
        )}
        <Outlet />
      </main>
    </div>
  );
}
