import type { ResponseOf } from '../../api/types';

export type User = ResponseOf<'/api/v1/users', 'get'>['items'][number];
export type Role = User['role'];

export const ROLES: readonly Role[] = ['admin', 'warehouse_manager', 'planner', 'integration_operator', 'warehouse_worker'];

export const roleLabel = (role: string) => role.replace(/_/g, ' ');

export const roleOptions = ROLES.map((r) => ({ value: r, label: roleLabel(r) }));

export const asRole = (value: string): Role => ROLES.find((r) => r === value) ?? 'warehouse_worker';
