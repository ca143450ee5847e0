import { useQuery } from '@tanstack/react-query';
import { changes } from './changes';
import { api, unwrap } from './client';
import { useApiMutation, type MutationOptions } from './mutation';
import { ApiProblem } from './problem';
import { backgroundProcessKeys, driftKeys, onHandReportKeys, onHandReportLineKeys, onHandReportScheduleKeys, updateLogKeys } from './query-keys';
import type { ListQuery, QueryOf, RequestOf, ResponseOf } from './types';

const SCHEDULE = '/api/v1/source-systems/{sourceSystemId}/on-hand-report-schedule';
export type ReportSchedule = ResponseOf<typeof SCHEDULE, 'get'>;
type Report = ResponseOf<'/api/v1/source-systems/{sourceSystemId}/on-hand-reports', 'post'>;
type NewReport = RequestOf<'/api/v1/source-systems/{sourceSystemId}/on-hand-reports', 'post'>;

export function useOnHandReports(sourceSystemId: string, query: ListQuery) {
  return useQuery({
    queryKey: onHandReportKeys.list({ sourceSystemId, ...query }),
    queryFn: () => unwrap(api.GET('/api/v1/source-systems/{sourceSystemId}/on-hand-reports', { params: { path: { sourceSystemId }, query } })),
  });
}

export function useOnHandReport(sourceSystemId: string, reportId: string) {
  return useQuery({
    queryKey: onHandReportKeys.detail(reportId, { sourceSystemId }),
    queryFn: () => unwrap(api.GET('/api/v1/source-systems/{sourceSystemId}/on-hand-reports/{reportId}', { params: { path: { sourceSystemId, reportId } } })),
  });
}

export function useOnHandReportLines(sourceSystemId: string, reportId: string, query: ListQuery) {
  return useQuery({
    queryKey: onHandReportLineKeys.list({ sourceSystemId, reportId, ...query }),
    queryFn: () => unwrap(api.GET('/api/v1/source-systems/{sourceSystemId}/on-hand-reports/{reportId}/lines', { params: { path: { sourceSystemId, reportId }, query } })),
  });
}

export function useCreateOnHandReport(sourceSystemId: string, options?: MutationOptions<Report, NewReport>) {
  return useApiMutation(
    {
      mutationFn: (body: NewReport) => unwrap(api.POST('/api/v1/source-systems/{sourceSystemId}/on-hand-reports', { params: { path: { sourceSystemId } }, body })),
      invalidates: [onHandReportKeys.all, onHandReportLineKeys.all],
    },
    options,
  );
}

/** The source system's recurring report, or null while it has none (the server answers 404 then). */
async function readSchedule(sourceSystemId: string): Promise<ReportSchedule | null> {
  try {
    return await unwrap(api.GET(SCHEDULE, { params: { path: { sourceSystemId } } }));
  } catch (error) {
    if (error instanceof ApiProblem && error.status === 404) return null;
    throw error;
  }
}

export function useOnHandReportSchedule(sourceSystemId: string) {
  return useQuery({ queryKey: onHandReportScheduleKeys.detail(sourceSystemId), queryFn: () => readSchedule(sourceSystemId) });
}

type ScheduleBody = RequestOf<typeof SCHEDULE, 'put'>;

/** The schedule runs as a background process. */
export function useSaveOnHandReportSchedule(sourceSystemId: string, options?: MutationOptions<ResponseOf<typeof SCHEDULE, 'put'>, ScheduleBody>) {
  return useApiMutation(
    {
      mutationFn: (body: ScheduleBody) => unwrap(api.PUT(SCHEDULE, { params: { path: { sourceSystemId } }, body })),
      stores: () => onHandReportScheduleKeys.detail(sourceSystemId),
      invalidates: [onHandReportScheduleKeys.all, backgroundProcessKeys.all],
    },
    options,
  );
}

type UpdateLogQuery = QueryOf<'/api/v1/source-systems/{sourceSystemId}/inventory-update-log'>;

/** The warehouse inventory update log after a cursor, oldest first, as the source system reads it. */
export function useInventoryUpdateLog(sourceSystemId: string, query: UpdateLogQuery) {
  return useQuery({
    queryKey: updateLogKeys.list({ sourceSystemId, ...query }),
    queryFn: () => unwrap(api.GET('/api/v1/source-systems/{sourceSystemId}/inventory-update-log', { params: { path: { sourceSystemId }, query } })),
  });
}

/** Numbers what is waiting now instead of at the next run; the log and the drift change. */
export function usePublishUpdateLog(sourceSystemId: string, options?: MutationOptions<ResponseOf<'/api/v1/source-systems/{sourceSystemId}/inventory-update-log/publish', 'post'>>) {
  return useApiMutation(
    {
      mutationFn: () => unwrap(api.POST('/api/v1/source-systems/{sourceSystemId}/inventory-update-log/publish', { params: { path: { sourceSystemId } } })),
      invalidates: changes.reported,
    },
    options,
  );
}

type DriftQuery = QueryOf<'/api/v1/source-systems/{sourceSystemId}/on-hand-drift'>;

/** Why the warehouse and the source system may disagree, per item, with the open documents in between. */
export function useOnHandDrift(sourceSystemId: string, query: DriftQuery) {
  return useQuery({
    queryKey: driftKeys.list({ sourceSystemId, ...query }),
    queryFn: () => unwrap(api.GET('/api/v1/source-systems/{sourceSystemId}/on-hand-drift', { params: { path: { sourceSystemId }, query } })),
  });
}
