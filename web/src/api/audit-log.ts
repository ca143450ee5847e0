import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from './client';
import { auditLogKeys } from './query-keys';
import type { QueryOf, ResponseOf } from './types';

export type AuditQuery = QueryOf<'/api/v1/audit-log'>;
export type AuditEntry = ResponseOf<'/api/v1/audit-log', 'get'>['items'][number];

/** The audit log, newest first unless sorted otherwise; read only (nothing in the API changes it). */
export function useAuditLog(query: AuditQuery) {
  return useQuery({ queryKey: auditLogKeys.list(query), queryFn: () => unwrap(api.GET('/api/v1/audit-log', { params: { query } })), placeholderData: keepPreviousData });
}
