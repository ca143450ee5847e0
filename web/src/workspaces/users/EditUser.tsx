import { useState, type FormEvent } from 'react';
import { useChangeUser } from '../../api/users';
import { useUser } from '../../auth/AuthProvider';
import { Alert, Button, Card, ConfirmButton, fieldError, ProblemAlert, SelectField, TextField } from '../../ui';
import { asRole, roleOptions, type Role, type User } from './roles';

export function EditUser({ user, onClose }: { user: User; onClose: () => void }) {
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
    change.mutate({ body: { displayName, role }, what: 'Saved the display name and role.' });
  };
  const resetPassword = (event: FormEvent) => {
    event.preventDefault();
    change.mutate({ body: { password }, what: 'The password was reset; the user’s sessions have ended, and the user chooses a new one at the next sign-in.' });
  };
  const self = me.username === user.username;
  return (
    <Card title={`User ${user.username}`}>
      <form className="qs-row" onSubmit={save} aria-label={`Change ${user.username}`}>
        <TextField label="Display name" value={displayName} error={fieldError(change.error, 'displayName')} onChange={(e) => setDisplayName(e.target.value)} />
        <SelectField label="Role" options={roleOptions()} value={role} error={fieldError(change.error, 'role')} onChange={(e) => setRole(asRole(e.target.value))} />
        <Button type="submit" busy={change.isPending}>
          Save
        </Button>
      </form>
      <form className="qs-row" onSubmit={resetPassword} aria-label={`Reset the password of ${user.username}`}>
        <TextField label="New password" type="password" autoComplete="new-password" hint="At least 12 characters, not easy to guess; the user chooses their own at the next sign-in" value={password} error={fieldError(change.error, 'password')} onChange={(e) => setPassword(e.target.value)} />
        <Button type="submit" variant="secondary" disabled={password === ''} busy={change.isPending}>
          Reset password
        </Button>
      </form>
      <div className="qs-row">
        {user.disabled ? (
          <Button variant="secondary" busy={change.isPending} onClick={() => change.mutate({ body: { disabled: false }, what: 'The user can sign in again.' })}>
            Enable user
          </Button>
        ) : (
          <ConfirmButton
            disabled={self}
            busy={change.isPending}
            question={`Disable user ${user.username}?`}
            consequences={
              <p>
                {user.displayName} is signed out on every device at once and cannot sign in until an admin enables the user again. Work the user has taken stays assigned to them.
              </p>
            }
            onConfirm={() => change.mutate({ body: { disabled: true }, what: 'The user is disabled and signed out everywhere.' })}
          >
            Disable user
          </ConfirmButton>
        )}
        <Button variant="secondary" onClick={onClose}>
          Close
        </Button>
      </div>
      {done && !change.isPending && !change.error && <Alert tone="ok">{done}</Alert>}
      <ProblemAlert error={change.error} />
    </Card>
  );
}
