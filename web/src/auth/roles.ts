import { useUser } from './AuthProvider';
import type { Role } from './session-store';

/**
 * Whether the signed-in user's role is one of these (admin always is), so a screen does not offer an
 * action the server would only refuse. The server still decides; this is the UI's one role check.
 */
export function useMay(...roles: Role[]): boolean {
  const role = useUser().role;
  return role === 'admin' || roles.includes(role);
}
