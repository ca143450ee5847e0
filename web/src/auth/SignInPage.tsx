import { useState, type FormEvent } from 'react';
import { useTranslation } from '../i18n';
import { Alert, Button, ProblemAlert, TextField } from '../ui';
import { useAuth } from './AuthProvider';

export function SignInPage() {
  const { signIn, notice } = useAuth();
  const { t } = useTranslation('auth');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await signIn(username.trim(), password);
    } catch (e) {
      setError(e);
      setPassword('');
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="qs-mobile qs-sign-in">
      <div className="qs-mobile-body">
        <h1>Quayside</h1>
        <p className="qs-muted">{t('signInIntro')}</p>
        {notice && <Alert tone="warn">{notice}</Alert>}
        <ProblemAlert error={error} />
        <form className="qs-stack" onSubmit={(e) => void submit(e)}>
          <TextField label={t('username')} name="username" autoComplete="username" autoCapitalize="none" required autoFocus value={username} onChange={(e) => setUsername(e.target.value)} />
          <TextField label={t('password')} name="password" type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
          <Button type="submit" busy={busy}>
            {t('signIn')}
          </Button>
        </form>
      </div>
    </main>
  );
}
