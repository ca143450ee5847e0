import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { homeFor } from '../app/menus';
import { useTranslation } from '../i18n';
import { Alert, Button, fieldError, ProblemAlert, TextField } from '../ui';
import { useAuth, useUser } from './AuthProvider';

/**
 * A signed-in user chooses a new password. `required`: the current one was set by an admin (or at first
 * start), so nothing else opens until the user has chosen their own.
 */
export function ChangePasswordPage({ required = false }: { required?: boolean }) {
  const { changePassword, signOut } = useAuth();
  const user = useUser();
  const { t } = useTranslation('auth');
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const mismatch = repeat !== '' && repeat !== next ? t('mismatch') : undefined;

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
        <h1>{required ? t('choosePassword') : t('changePassword')}</h1>
        {required && <p className="qs-muted">{t('setByAdmin', { name: user.displayName })}</p>}
        {done ? (
          <>
            <Alert tone="ok">{t('changed')}</Alert>
            <Link to={homeFor(user.role)}>{t('continue')}</Link>
          </>
        ) : (
          <>
            <ProblemAlert error={error} />
            <form className="qs-stack" aria-label={t('changePassword')} onSubmit={(e) => void submit(e)}>
              <TextField label={t('currentPassword')} type="password" autoComplete="current-password" required value={current} error={fieldError(error, 'currentPassword')} onChange={(e) => setCurrent(e.target.value)} />
              <TextField label={t('newPassword')} type="password" autoComplete="new-password" required minLength={12} hint={t('rules')} value={next} error={fieldError(error, 'newPassword')} onChange={(e) => setNext(e.target.value)} />
              <TextField label={t('newPasswordAgain')} type="password" autoComplete="new-password" required value={repeat} error={mismatch} onChange={(e) => setRepeat(e.target.value)} />
              <Button type="submit" busy={busy} disabled={mismatch !== undefined}>
                {t('changePassword')}
              </Button>
            </form>
            {required ? (
              <Button variant="secondary" onClick={() => void signOut()}>
                {t('signOut')}
              </Button>
            ) : (
              <Link to={homeFor(user.role)}>{t('back')}</Link>
            )}
          </>
        )}
      </div>
    </main>
  );
}
