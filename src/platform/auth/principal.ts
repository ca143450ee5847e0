/** Roles of people; integration clients are principals of kind 'source_system' instead. */
export const USER_ROLES = ['admin', 'warehouse_manager', 'planner', 'integration_operator', 'warehouse_worker'] as const;
export type UserRole = (typeof USER_ROLES)[number];

/** Who may call a route: user roles, and/or 'source_system' for integration clients. Admin may call everything. */
export type Access = UserRole | 'source_system';

/**
 * `name` is what is recorded as the actor of work: the key's name, or the username of a signed-in person.
 * A user principal comes either from an API key (keyId) or from a password sign-in (session).
 */
export type Principal =
  | { kind: 'user'; keyId?: number; session?: SessionInfo; name: string; role: UserRole }
  | { kind: 'source_system'; keyId: number; name: string; sourceSystemId: string };

export interface SessionInfo {
  id: number;
  username: string;
  expiresAt: number;
  /** Until the user replaces a password someone else chose, the session may only do that or sign out. */
  mustChangePassword: boolean;
  /** What a change sent with the session cookie must carry in X-CSRF-Token. */
  csrfToken: string;
}

export function isUserRole(value: string): value is UserRole {
  return (USER_ROLES as readonly string[]).includes(value);
}

export function mayAccess(principal: Principal, access: readonly Access[]): boolean {
  if (principal.kind === 'source_system') return access.includes('source_system');
  return principal.role === 'admin' || access.includes(principal.role);
}

/**
 * The source system a caller is confined to, or undefined for a user (users see all source systems).
 * Integration clients may read and write only their own source system's data.
 */
export function confinedSourceSystem(principal: Principal): string | undefined {
  return principal.kind === 'source_system' ? principal.sourceSystemId : undefined;
}
