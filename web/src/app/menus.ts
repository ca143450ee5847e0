import type { Role } from '../auth/session-store';

export interface MenuEntry {
  to: string;
  /** English; screens show t(`shell:menu.${key}`) in the user's language. */
  label: string;
  key: MenuKey;
  roles: readonly Role[];
}

export type MenuKey =
  | 'integration' | 'inbound' | 'outbound' | 'onHand' | 'counting' | 'reconciliation' | 'setup' | 'users' | 'auditLog'
  | 'receive' | 'putAway' | 'pick' | 'count' | 'move' | 'status' | 'inquiry';

const MANAGERS: readonly Role[] = ['admin', 'warehouse_manager'];

/** Who sees which workspace. The server enforces access on every call; the menu only hides dead ends. */
export const WORKSPACES: readonly MenuEntry[] = [
  { to: '/workspaces/integration', key: 'integration', label: 'Integration monitoring', roles: [...MANAGERS, 'integration_operator'] },
  { to: '/workspaces/inbound', key: 'inbound', label: 'Inbound', roles: [...MANAGERS, 'planner'] },
  { to: '/workspaces/outbound', key: 'outbound', label: 'Outbound', roles: [...MANAGERS, 'planner'] },
  { to: '/workspaces/on-hand', key: 'onHand', label: 'On-hand inquiry', roles: [...MANAGERS, 'planner', 'integration_operator'] },
  { to: '/workspaces/counting', key: 'counting', label: 'Counting', roles: [...MANAGERS, 'planner'] },
  { to: '/workspaces/reconciliation', key: 'reconciliation', label: 'Reconciliation', roles: [...MANAGERS, 'integration_operator'] },
  { to: '/workspaces/setup', key: 'setup', label: 'Setup', roles: [...MANAGERS, 'integration_operator'] },
  { to: '/workspaces/users', key: 'users', label: 'Users', roles: ['admin'] },
  { to: '/workspaces/audit-log', key: 'auditLog', label: 'Audit log', roles: ['admin'] },
];

export const MOBILE_MENU: readonly MenuEntry[] = [
  { to: '/mobile/receive', key: 'receive', label: 'Receive', roles: [...MANAGERS, 'warehouse_worker'] },
  { to: '/mobile/put-away', key: 'putAway', label: 'Put away', roles: [...MANAGERS, 'warehouse_worker'] },
  { to: '/mobile/pick', key: 'pick', label: 'Pick', roles: [...MANAGERS, 'warehouse_worker'] },
  { to: '/mobile/count', key: 'count', label: 'Count', roles: [...MANAGERS, 'warehouse_worker'] },
  { to: '/mobile/move', key: 'move', label: 'Move license plate', roles: [...MANAGERS, 'warehouse_worker'] },
  { to: '/mobile/status', key: 'status', label: 'Change status', roles: [...MANAGERS, 'warehouse_worker'] },
  { to: '/mobile/inquiry', key: 'inquiry', label: 'Inquiry', roles: [...MANAGERS, 'warehouse_worker', 'planner'] },
];

export function allowed(entries: readonly MenuEntry[], role: Role): MenuEntry[] {
  return entries.filter((e) => e.roles.includes(role));
}

/** Where a user lands after signing in: workers on the mobile app, everyone else on their first workspace. */
export function homeFor(role: Role): string {
  if (role === 'warehouse_worker') return '/mobile';
  return allowed(WORKSPACES, role)[0]?.to ?? '/mobile';
}
