import type { Access } from '../../../platform/auth/principal.js';
import type { ResourceSpec } from '../resources/spec.js';

/** Every person may look master data up; only warehouse managers (and admins) change it. */
export const READ_USERS = ['warehouse_manager', 'planner', 'integration_operator', 'warehouse_worker'] as const satisfies readonly Access[];
export const WRITE = ['warehouse_manager'] as const satisfies readonly Access[];

export function readersOf(spec: ResourceSpec): readonly Access[] {
  return spec.readers ?? (spec.clientsMayRead ? [...READ_USERS, 'source_system'] : READ_USERS);
}
