import { useMay } from '../../auth/roles';

/**
 * What the signed-in role may change here, as the server's route access says; the server still decides,
 * this only keeps buttons away from people who would be refused.
 */
export function useSetupRights() {
  return {
    masterData: useMay('warehouse_manager'),
    sourceSystems: useMay('integration_operator'),
    itemMappings: useMay('integration_operator', 'warehouse_manager'),
    apiKeys: useMay(),
    webhooks: useMay('integration_operator'),
    /** Work templates and location directives are not readable by integration operators. */
    templatesVisible: useMay('warehouse_manager', 'planner', 'warehouse_worker'),
    templates: useMay('warehouse_manager'),
  };
}
