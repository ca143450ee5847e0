import { useMay } from '../../auth/roles';

/** Managers and planners may look; only operators and admins change messages, deliveries and processes. */
export function useCanOperate(): boolean {
  return useMay('integration_operator');
}

/** Process settings are also a manager's to change (the server allows warehouse managers there). */
export function useCanTuneProcesses(): boolean {
  return useMay('integration_operator', 'warehouse_manager');
}

/** Item mappings are written by integration operators (and managers), so an operator can fix a failed message without an admin. */
export function useCanMapItems(): boolean {
  return useMay('integration_operator', 'warehouse_manager');
}
