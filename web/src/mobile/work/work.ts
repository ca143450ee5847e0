import { fetchWork, type WorkView } from '../../api/work';
import { sendOperation } from '../operation';

export type { WorkView };
export type WorkLine = WorkView['lines'][number];

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

/** Takes the work unless the worker already has it. */
export async function takeWork(work: { workId: string; status: string; assignedWorker: string | null }, username: string): Promise<WorkView> {
  if (work.status === 'InProcess' && work.assignedWorker === username) return fetchWork(work.workId);
  return sendOperation(`Take work ${work.workId}`, '/api/v1/work/{workId}/take', { workId: work.workId }, {});
}
