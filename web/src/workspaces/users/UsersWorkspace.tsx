import { useState } from 'react';
import { Route, Routes } from 'react-router';
import { useUserList } from '../../api/users';
import { Button, DataTable, formatDateTime, lazyScreen, PageHeader, SelectField, StatusPill, TabLinks, useListState, type Column } from '../../ui';
import { CreateUserForm } from './CreateUserForm';
import { EditUser } from './EditUser';
import { ROLES, roleLabel, type User } from './roles';

const columns: Column<User>[] = [
  { header: 'User name', sortKey: 'username', cell: (u) => u.username },
  { header: 'Display name', sortKey: 'displayName', cell: (u) => u.displayName },
  { header: 'Role', sortKey: 'role', cell: (u) => roleLabel(u.role) },
  { header: 'State', sortKey: 'disabled', cell: (u) => <StatusPill status={u.disabled ? 'Disabled' : u.lockedUntil && new Date(u.lockedUntil) > new Date() ? 'Locked' : 'Active'} /> },
  { header: 'Password', cell: (u) => (u.mustChangePassword ? 'Set by an admin, to be changed' : 'Chosen by the user') },
  { header: 'Created', sortKey: 'createdAt', cell: (u) => formatDateTime(u.createdAt) },
  { header: 'Changed', sortKey: 'updatedAt', cell: (u) => formatDateTime(u.updatedAt) },
];

// The overview's chart comes with it, not with the user list.
const UsersOverview = lazyScreen(async () => (await import('./UsersOverview')).UsersOverview, 'ui:loadingOverview');

const TABS = [
  { to: '/workspaces/users', label: 'Overview', end: true },
  { to: '/workspaces/users/list', label: 'Users' },
];

/** Admins manage who may sign in and with which role. */
export function UsersWorkspace() {
  return (
    <Routes>
      <Route index element={<UsersPage />} />
      <Route path="list" element={<UsersPage list />} />
    </Routes>
  );
}

function UsersPage({ list = false }: { list?: boolean }) {
  return (
    <>
      <PageHeader title="Users" />
      <TabLinks label="Users sections" tabs={TABS} />
      {list ? <UserList /> : <UsersOverview />}
    </>
  );
}

function UserList() {
  const list = useListState('u', ['role', 'disabled']);
  const [selected, setSelected] = useState<string>();
  const [creating, setCreating] = useState(false);
  const query = useUserList({
    ...list.query,
    role: ROLES.find((r) => r === list.filters.role),
    disabled: list.filters.disabled === undefined ? undefined : list.filters.disabled === 'true',
  });
  const user = query.data?.items.find((u) => u.username === selected);
  return (
    <>
      <div className="qs-stack">
        <div className="qs-row">
          <Button onClick={() => setCreating(true)}>New user</Button>
        </div>
        {creating && (
          <CreateUserForm
            onCreated={(username) => {
              setCreating(false);
              setSelected(username);
            }}
            onClose={() => setCreating(false)}
          />
        )}
        {user && <EditUser key={user.username} user={user} onClose={() => setSelected(undefined)} />}
        <form className="qs-row" role="search" aria-label="Filter users" onSubmit={(e) => e.preventDefault()}>
          <SelectField label="Role" placeholder="Any" options={ROLES.map((r) => ({ value: r, label: roleLabel(r) }))} value={list.filters.role ?? ''} onChange={(e) => list.setFilter('role', e.target.value)} />
          <SelectField
            label="State"
            placeholder="Any"
            options={[
              { value: 'false', label: 'Enabled' },
              { value: 'true', label: 'Disabled' },
            ]}
            value={list.filters.disabled ?? ''}
            onChange={(e) => list.setFilter('disabled', e.target.value)}
          />
        </form>
        <DataTable caption="Users" columns={columns} query={query} rowKey={(u) => u.username} list={list} onSelect={(u) => setSelected(u.username)} selectedKey={selected} empty="No users match." />
      </div>
    </>
  );
}
