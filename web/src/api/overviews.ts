import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from './client';
import { overviewKeys } from './query-keys';
import type { ResponseOf } from './types';

export type OutboundOverview = ResponseOf<'/api/v1/overviews/outbound', 'get'>;
export type InboundOverview = ResponseOf<'/api/v1/overviews/inbound', 'get'>;
export type IntegrationOverview = ResponseOf<'/api/v1/overviews/integration', 'get'>;
export type OnHandOverview = ResponseOf<'/api/v1/overviews/on-hand', 'get'>;
export type CountingOverview = ResponseOf<'/api/v1/overviews/counting', 'get'>;
export type ReconciliationOverview = ResponseOf<'/api/v1/overviews/reconciliation', 'get'>;
export type SetupOverview = ResponseOf<'/api/v1/overviews/setup', 'get'>;
export type UsersOverview = ResponseOf<'/api/v1/overviews/users', 'get'>;
export type HourlySeries = OutboundOverview['picksByWorker'];
export type AgeCounts = OutboundOverview['ordersToReleaseAge'];

/** Where the viewer's day and hours begin: the server counts "today" from the browser's midnight. */
function utcOffsetMinutes(): number {
  return -new Date().getTimezoneOffset();
}

/** The figures change with every scan on the floor: looked at again every minute while on screen. */
const FRESH = { refetchInterval: 60_000, placeholderData: keepPreviousData } as const;

export function useOutboundOverview(warehouseId?: string) {
  const query = { utcOffsetMinutes: utcOffsetMinutes(), ...(warehouseId ? { warehouseId } : {}) };
  return useQuery({ queryKey: overviewKeys.detail('outbound', query), queryFn: () => unwrap(api.GET('/api/v1/overviews/outbound', { params: { query } })), ...FRESH });
}

export function useInboundOverview(warehouseId?: string) {
  const query = { utcOffsetMinutes: utcOffsetMinutes(), ...(warehouseId ? { warehouseId } : {}) };
  return useQuery({ queryKey: overviewKeys.detail('inbound', query), queryFn: () => unwrap(api.GET('/api/v1/overviews/inbound', { params: { query } })), ...FRESH });
}

export function useIntegrationOverview(hours = 24) {
  const query = { utcOffsetMinutes: utcOffsetMinutes(), hours };
  return useQuery({ queryKey: overviewKeys.detail('integration', query), queryFn: () => unwrap(api.GET('/api/v1/overviews/integration', { params: { query } })), ...FRESH });
}

export function useOnHandOverview(warehouseId?: string) {
  const query = { utcOffsetMinutes: utcOffsetMinutes(), ...(warehouseId ? { warehouseId } : {}) };
  return useQuery({ queryKey: overviewKeys.detail('on-hand', query), queryFn: () => unwrap(api.GET('/api/v1/overviews/on-hand', { params: { query } })), ...FRESH });
}

export function useCountingOverview(warehouseId?: string) {
  const query = { utcOffsetMinutes: utcOffsetMinutes(), ...(warehouseId ? { warehouseId } : {}) };
  return useQuery({ queryKey: overviewKeys.detail('counting', query), queryFn: () => unwrap(api.GET('/api/v1/overviews/counting', { params: { query } })), ...FRESH });
}

/** Each day of drift is computed from the ledger: not looked at again on its own. */
export function useReconciliationOverview(days = 7) {
  const query = { utcOffsetMinutes: utcOffsetMinutes(), days };
  return useQuery({ queryKey: overviewKeys.detail('reconciliation', query), queryFn: () => unwrap(api.GET('/api/v1/overviews/reconciliation', { params: { query } })), placeholderData: keepPreviousData });
}

export function useSetupOverview() {
  return useQuery({ queryKey: overviewKeys.detail('setup'), queryFn: () => unwrap(api.GET('/api/v1/overviews/setup')) });
}

export function useUsersOverview() {
  const query = { utcOffsetMinutes: utcOffsetMinutes() };
  return useQuery({ queryKey: overviewKeys.detail('users', query), queryFn: () => unwrap(api.GET('/api/v1/overviews/users', { params: { query } })) });
}
