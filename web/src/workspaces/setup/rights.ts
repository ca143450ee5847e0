import { useUser } from '../../auth/AuthProvider';

/**
 * What the signed-in role may change here, as the server's route access says; the server still decides,
 * this only keeps buttons away from people who would be refused.
 */
export function useSetupRights() {
  const role = useUser().role;
  const admin = role === 'admin';
  const manager = role === 'warehouse_manager';
  const operator = role === 'integration_operator';
  return {
    masterData: admin || manager,
    sourceSystems: admin || operator,
    itemMappings: admin || operator || manager,
    apiKeys: admin,
    webhooks: admin || operator,
    /** Work templates and location directives are not readable by integration operators. */
    templatesVisible: !operator,
    templates: admin || manager,
  };
}
