import { useTranslation } from '../../i18n';
import { useState, type FormEvent } from 'react';
import { useCreateUser } from '../../api/users';
import { Button, Card, fieldError, ProblemAlert, SelectField, TextField } from '../../ui';
import { asRole, roleOptions, type Role } from './roles';

export function CreateUserForm({ onCreated, onClose }: { onCreated: (username: string) => void; onClose: () => void }) {
  const { t } = useTranslation('users');
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [role, setRole] = useState<Role>('warehouse_worker');
  const [password, setPassword] = useState('');
  const create = useCreateUser({ onSuccess: (user) => onCreated(user.username) });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ username: username.trim(), role, password, ...(displayName.trim() ? { displayName: displayName.trim() } : {}) });
  };
  return (
    <Card title={t('newUser')}>
      <form className="qs-stack" onSubmit={submit} aria-label={t('newUser')}>
        <div className="qs-grid">
          <TextField label={t('username')} hint={t('f_usernameHint')} required autoComplete="off" value={username} error={fieldError(create.error, 'username')} onChange={(e) => setUsername(e.target.value)} />
          <TextField label={t('displayName')} value={displayName} error={fieldError(create.error, 'displayName')} onChange={(e) => setDisplayName(e.target.value)} />
          <SelectField label={t('role')} options={roleOptions()} value={role} error={fieldError(create.error, 'role')} onChange={(e) => setRole(asRole(e.target.value))} />
          <TextField label={t('password')} type="password" hint={t('f_createHint')} required autoComplete="new-password" value={password} error={fieldError(create.error, 'password')} onChange={(e) => setPassword(e.target.value)} />
        </div>
        <ProblemAlert error={create.error} />
        <div className="qs-row">
          <Button type="submit" busy={create.isPending}>
            {t('f_create')}
          </Button>
          <Button variant="secondary" onClick={onClose}>
            {t('f_close')}
          </Button>
        </div>
      </form>
    </Card>
  );
}
