import type { Role } from '../auth/session-store';

export interface MenuEntry {
  to: string;
  label: string;
  roles: readonly Role[];
}

const MANAGERS: readonly Role[] = ['admin', 'warehouse_manager'];

/** Who sees which workspace. The server enforces access on every call; the menu only hides dead ends. */
export const WORKSPACES: readonly MenuEntry[] = [
  { to: '/workspaces/integration', label: 'Integration monitoring', roles: [...MANAGERS, 'integration_operator'] },
  { to: '/workspaces/inbound', label: 'Inbound', roles: [...MANAGERS, 'planner'] },
  { to: '/workspaces/outbound', label: 'Outbound', roles: [...MANAGERS, 'planner'] },
  { to: '/workspaces/on-hand', label: 'On-hand inquiry', roles: [...MANAGERS, 'planner', 'integration_operator'] },
  { to: '/workspaces/counting', label: 'Counting', roles: [...MANAGERS, 'planner'] },
  { to: '/workspaces/reconciliation', label: 'Reconciliation', roles: [...MANAGERS, 'integration_operator'] },
  { to: '/workspaces/setup', label: 'Setup', roles: [...MANAGERS, 'integration_operator'] },
  { to: '/workspaces/users', label: 'Users', roles: ['admin'] },
  { to: '/workspaces/audit-log', label: 'Audit log', roles: ['admin'] },
];

export const MOBILE_MENU: readonly MenuEntry[] = [
  { to: '/mobile/receive', label: 'Receive', roles: [...MANAGERS, 'warehouse_worker'] },
  { to: '/mobile/put-away', label: 'Put away', roles: [...MANAGERS, 'warehouse_worker'] },
  { to: '/mobile/pick', label: 'Pick', roles: [...MANAGERS, 'warehouse_worker'] },
  { to: '/mobile/count', label: 'Count', roles: [...MANAGERS, 'warehouse_worker'] },
  { to: '/mobile/move', label: 'Move license plate', roles: [...MANAGERS, 'warehouse_worker'] },
  { to: '/mobile/status', label: 'Change status', roles: [...MANAGERS, 'warehouse_worker'] },
  { to: '/mobile/inquiry', label: 'Inquiry', roles: [...MANAGERS, 'warehouse_worker', 'planner'] },
];

export function allowed(entries: readonly MenuEntry[], role: Role): MenuEntry[] {
  return entries.filter((e) => e.roles.includes(role));
}

/** Where a user lands after signing in: workers on the mobile app, everyone else on their first workspace. */
export function homeFor(role: Role): string {
  if (role === 'warehouse_worker') return '/mobile';
  return allowed(WORKSPACES, role)[0]?.to ?? '/mobile';
}
