import { useUser } from '../../auth/AuthProvider';

/** Managers and planners may look; only operators and admins change messages, deliveries and processes. */
export function useCanOperate(): boolean {
  const role = useUser().role;
  return role === 'admin' || role === 'integration_operator';
}

/** Process settings are also a manager's to change (the server allows warehouse managers there). */
export function useCanTuneProcesses(): boolean {
  const role = useUser().role;
  return role === 'admin' || role === 'integration_operator' || role === 'warehouse_manager';
}
