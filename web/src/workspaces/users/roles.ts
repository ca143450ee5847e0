import type { ResponseOf } from '../../api/types';
import { i18n } from '../../i18n';

export type User = ResponseOf<'/api/v1/users', 'get'>['items'][number];
export type Role = User['role'];

export const ROLES: readonly Role[] = ['admin', 'warehouse_manager', 'planner', 'integration_operator', 'warehouse_worker'];

/** A role in the user's language ("warehouse manager", "Lagerleitung"). */
export const roleLabel = (role: string) => i18n.t(`shell:roles.${role}` as never, { defaultValue: role.replace(/_/g, ' ') });

export const roleOptions = () => ROLES.map((r) => ({ value: r, label: roleLabel(r) }));

export const asRole = (value: string): Role => ROLES.find((r) => r === value) ?? 'warehouse_worker';
