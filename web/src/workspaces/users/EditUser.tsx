import { useTranslation } from '../../i18n';
import { useState, type FormEvent } from 'react';
import { useChangeUser } from '../../api/users';
import { useUser } from '../../auth/AuthProvider';
import { Alert, Button, Card, ConfirmButton, fieldError, ProblemAlert, SelectField, TextField } from '../../ui';
import { asRole, roleOptions, type Role, type User } from './roles';

export function EditUser({ user, onClose }: { user: User; onClose: () => void }) {
  const { t } = useTranslation('users');
  const me = useUser();
  const [displayName, setDisplayName] = useState(user.displayName);
  const [role, setRole] = useState<Role>(user.role);
  const [password, setPassword] = useState('');
  const [done, setDone] = useState<string>();
  const change = useChangeUser(user.username, {
    onSuccess: (_saved, { what }) => {
      setDone(what);
      setPassword('');
    },
  });
  const save = (event: FormEvent) => {
    event.preventDefault();
    change.mutate({ body: { displayName, role }, what: t('f_saved') });
  };
  const resetPassword = (event: FormEvent) => {
    event.preventDefault();
    change.mutate({ body: { password }, what: t('f_reset') });
  };
  const self = me.username === user.username;
  return (
    <Card title={t('f_userTitle', { username: user.username })}>
      <form className="qs-row" onSubmit={save} aria-label={t('f_change', { username: user.username })}>
        <TextField label={t('displayName')} value={displayName} error={fieldError(change.error, 'displayName')} onChange={(e) => setDisplayName(e.target.value)} />
        <SelectField label={t('role')} options={roleOptions()} value={role} error={fieldError(change.error, 'role')} onChange={(e) => setRole(asRole(e.target.value))} />
        <Button type="submit" busy={change.isPending}>
          {t('f_save')}
        </Button>
      </form>
      <form className="qs-row" onSubmit={resetPassword} aria-label={`Reset the password of ${user.username}`}>
        <TextField label={t('f_newPassword')} type="password" autoComplete="new-password" hint={t('f_resetHint')} value={password} error={fieldError(change.error, 'password')} onChange={(e) => setPassword(e.target.value)} />
        <Button type="submit" variant="secondary" disabled={password === ''} busy={change.isPending}>
          {t('f_resetPassword')}
        </Button>
      </form>
      <div className="qs-row">
        {user.disabled ? (
          <Button variant="secondary" busy={change.isPending} onClick={() => change.mutate({ body: { disabled: false }, what: t('f_enabledAgain') })}>
            {t('f_enable')}
          </Button>
        ) : (
          <ConfirmButton
            disabled={self}
            busy={change.isPending}
            question={t('f_disableQuestion', { username: user.username })}
            consequences={
              <p>
                {t('f_disableConsequence', { name: user.displayName })}
              </p>
            }
            onConfirm={() => change.mutate({ body: { disabled: true }, what: t('f_disabledDone') })}
          >
            {t('f_disable')}
          </ConfirmButton>
        )}
        <Button variant="secondary" onClick={onClose}>
          {t('f_close')}
        </Button>
      </div>
      {done && !change.isPending && !change.error && <Alert tone="ok">{done}</Alert>}
      <ProblemAlert error={change.error} />
    </Card>
  );
}
