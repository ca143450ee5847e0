import { api, unwrap } from '../../api/client';
import type { ResponseOf } from '../../api/types';
import { sendOperation } from '../operation';

export type WorkView = ResponseOf<'/api/v1/work/{workId}', 'get'>;
export type WorkLine = WorkView['lines'][number];
export type WorkType = 'PutAway' | 'Pick';

/**
 * The line to do now: the first open line, where a put line counts only once its pick has brought
 * something to put (a put line waits for its pick line).
 */
export function nextLine(work: WorkView): { line: WorkLine; carried: number } | undefined {
  for (const line of work.lines) {
    if (line.status !== 'Open') continue;
    if (line.lineType === 'Pick') return { line, carried: 0 };
    const pick = work.lines.find((l) => l.lineNumber === line.pickLineNumber);
    const carried = pick ? pick.handledQuantity - line.handledQuantity : 0;
    if (carried > 0) return { line, carried };
  }
  return undefined;
}

export function fetchWork(workId: string): Promise<WorkView> {
  return unwrap(api.GET('/api/v1/work/{workId}', { params: { path: { workId } } }));
}

/** Work the worker already has in process, oldest first. */
export async function myWork(workType: WorkType, warehouseId: string, username: string) {
  const page = await unwrap(api.GET('/api/v1/work', { params: { query: { workType, warehouseId, status: 'InProcess', assignedWorker: username, limit: 50 } } }));
  return page.items;
}

export async function openWork(workType: WorkType, warehouseId: string, limit = 50) {
  const page = await unwrap(api.GET('/api/v1/work', { params: { query: { workType, warehouseId, status: 'Open', limit } } }));
  return page.items;
}

/** Takes the work unless the worker already has it. */
export async function takeWork(work: { workId: string; status: string; assignedWorker: string | null }, username: string): Promise<WorkView> {
  if (work.status === 'InProcess' && work.assignedWorker === username) return fetchWork(work.workId);
  return sendOperation(`Take work ${work.workId}`, '/api/v1/work/{workId}/take', { workId: work.workId }, {});
}
