import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from './client';
import { monitoringKeys } from './query-keys';

/** Per source system: messages by status, failures, dead letters and processes; kept fresh while on screen. */
export function useIntegrationMonitoring() {
  return useQuery({ queryKey: monitoringKeys.list(), queryFn: () => unwrap(api.GET('/api/v1/integration/monitoring')), refetchInterval: 30_000 });
}
