import { i18n, useTranslation } from '../../i18n';
import { useState } from 'react';
import { Route, Routes } from 'react-router';
import { useUserList } from '../../api/users';
import { Button, DataTable, formatDateTime, lazyScreen, PageHeader, SelectField, StatusPill, TabLinks, useListState, type Column } from '../../ui';
import { CreateUserForm } from './CreateUserForm';
import { EditUser } from './EditUser';
import { ROLES, roleLabel, type User } from './roles';

function columns(): Column<User>[] {
  const t = i18n.getFixedT(null, 'users');
  return [
    { header: t('username'), sortKey: 'username', cell: (u) => u.username },
    { header: t('displayName'), sortKey: 'displayName', cell: (u) => u.displayName },
    { header: t('role'), sortKey: 'role', cell: (u) => roleLabel(u.role) },
    { header: t('state'), sortKey: 'disabled', cell: (u) => <StatusPill status={u.disabled ? 'Disabled' : u.lockedUntil && new Date(u.lockedUntil) > new Date() ? 'Locked' : 'Active'} /> },
    { header: t('password'), cell: (u) => (u.mustChangePassword ? t('setByAdmin') : t('chosen')) },
    { header: t('created'), sortKey: 'createdAt', cell: (u) => formatDateTime(u.createdAt) },
    { header: t('changed'), sortKey: 'updatedAt', cell: (u) => formatDateTime(u.updatedAt) },
  ];
}

// The overview's chart comes with it, not with the user list.
const UsersOverview = lazyScreen(async () => (await import('./UsersOverview')).UsersOverview, 'ui:loadingOverview');

const tabs = () => [
  { to: '/workspaces/users', label: i18n.t('users:tab_overview'), end: true },
  { to: '/workspaces/users/list', label: i18n.t('users:title') },
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
  const { t } = useTranslation('users');
  return (
    <>
      <PageHeader title={t('title')} />
      <TabLinks label={t('sections')} tabs={tabs()} />
      {list ? <UserList /> : <UsersOverview />}
    </>
  );
}

function UserList() {
  const { t } = useTranslation('users');
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
          <Button onClick={() => setCreating(true)}>{t('newUser')}</Button>
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
        <form className="qs-row" role="search" aria-label={t('filter')} onSubmit={(e) => e.preventDefault()}>
          <SelectField label={t('role')} placeholder={t('any')} options={ROLES.map((r) => ({ value: r, label: roleLabel(r) }))} value={list.filters.role ?? ''} onChange={(e) => list.setFilter('role', e.target.value)} />
          <SelectField
            label={t('state')}
            placeholder={t('any')}
            options={[
              { value: 'false', label: t('enabled') },
              { value: 'true', label: i18n.t('status:Disabled') },
            ]}
            value={list.filters.disabled ?? ''}
            onChange={(e) => list.setFilter('disabled', e.target.value)}
          />
        </form>
        <DataTable caption={t('title')} columns={columns()} query={query} rowKey={(u) => u.username} list={list} onSelect={(u) => setSelected(u.username)} selectedKey={selected} empty={t('empty')} />
      </div>
    </>
  );
}
