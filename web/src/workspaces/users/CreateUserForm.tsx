import { useState, type FormEvent } from 'react';
import { useCreateUser } from '../../api/users';
import { Button, Card, fieldError, ProblemAlert, SelectField, TextField } from '../../ui';
import { asRole, roleOptions, type Role } from './roles';

export function CreateUserForm({ onCreated, onClose }: { onCreated: (username: string) => void; onClose: () => void }) {
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
    <Card title="New user">
      <form className="qs-stack" onSubmit={submit} aria-label="New user">
        <div className="qs-grid">
          <TextField label="User name" hint="Lower case letters, digits, dots, dashes, underscores" required autoComplete="off" value={username} error={fieldError(create.error, 'username')} onChange={(e) => setUsername(e.target.value)} />
          <TextField label="Display name" value={displayName} error={fieldError(create.error, 'displayName')} onChange={(e) => setDisplayName(e.target.value)} />
          <SelectField label="Role" options={roleOptions()} value={role} error={fieldError(create.error, 'role')} onChange={(e) => setRole(asRole(e.target.value))} />
          <TextField label="Password" type="password" hint="At least 12 characters, not easy to guess; the user chooses their own at the first sign-in" required autoComplete="new-password" value={password} error={fieldError(create.error, 'password')} onChange={(e) => setPassword(e.target.value)} />
        </div>
        <ProblemAlert error={create.error} />
        <div className="qs-row">
          <Button type="submit" busy={create.isPending}>
            Create user
          </Button>
          <Button variant="secondary" onClick={onClose}>
            Close
          </Button>
        </div>
      </form>
    </Card>
  );
}
