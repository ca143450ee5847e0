import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { homeFor } from '../app/menus';
import { Alert, Button, fieldError, ProblemAlert, TextField } from '../ui';
import { useAuth, useUser } from './AuthProvider';

const RULES = 'At least 12 characters, and not easy to guess: several unusual words work well. Not your name, not a common password.';

/**
 * A signed-in user chooses a new password. `required`: the current one was set by an admin (or at first
 * start), so nothing else opens until the user has chosen their own.
 */
export function ChangePasswordPage({ required = false }: { required?: boolean }) {
  const { changePassword, signOut } = useAuth();
  const user = useUser();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const mismatch = repeat !== '' && repeat !== next ? 'is not the same as the new password' : undefined;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (next !== repeat) return;
    setBusy(true);
    setError(undefined);
    try {
      await changePassword(current, next);
      setDone(true);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="qs-mobile qs-sign-in">
      <div className="qs-mobile-body">
        <h1>{required ? 'Choose your password' : 'Change password'}</h1>
        {required && <p className="qs-muted">Your password was set by an administrator. Choose your own to continue, {user.displayName}.</p>}
        {done ? (
          <>
            <Alert tone="ok">Your password was changed. Your other sessions have been signed out.</Alert>
            <Link to={homeFor(user.role)}>Continue</Link>
          </>
        ) : (
          <>
            <ProblemAlert error={error} />
            <form className="qs-stack" aria-label="Change password" onSubmit={(e) => void submit(e)}>
              <TextField label="Current password" type="password" autoComplete="current-password" required value={current} error={fieldError(error, 'currentPassword')} onChange={(e) => setCurrent(e.target.value)} />
              <TextField label="New password" type="password" autoComplete="new-password" required minLength={12} hint={RULES} value={next} error={fieldError(error, 'newPassword')} onChange={(e) => setNext(e.target.value)} />
              <TextField label="New password again" type="password" autoComplete="new-password" required value={repeat} error={mismatch} onChange={(e) => setRepeat(e.target.value)} />
              <Button type="submit" busy={busy} disabled={mismatch !== undefined}>
                Change password
              </Button>
            </form>
            {required ? (
              <Button variant="secondary" onClick={() => void signOut()}>
                Sign out
              </Button>
            ) : (
              <Link to={homeFor(user.role)}>Back</Link>
            )}
          </>
        )}
      </div>
    </main>
  );
}
