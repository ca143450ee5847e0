import { useMay } from '../../auth/roles';

/** Managers and planners may look; only operators and admins change messages, deliveries and processes. */
export function useCanOperate(): boolean {
  return useMay('integration_operator');
}

/** Process settings are also a manager's to change (the server allows warehouse managers there). */
export function useCanTuneProcesses(): boolean {
  return useMay('integration_operator', 'warehouse_manager');
}
