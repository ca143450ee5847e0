/**
 * What an answer to an outbox operation means for the operation. Pure (no DOM, no fetch), so that the
 * rule that decides whether a scan may leave the outbox is tested on its own.
 *
 * - `done`: Quayside applied it (2xx with Quayside's JSON answer, or no body).
 * - `refused`: a definitive refusal: a 4xx that is Quayside's problem+json. The operation leaves the
 *   outbox and the worker sees the reason (the scan was wrong; sending it again would not help).
 * - `retry`: anything else: a 5xx, a proxy's HTML error page, a body that is not JSON, a 2xx that is
 *   not Quayside's answer (a captive portal), a timeout or rate limit (408, 425, 429), or a signed-out
 *   session (401: after signing in again it goes through). The operation stays and is sent again with
 *   the same operation id, which the server applies once however often it arrives.
 */
export type AnswerOutcome =
  | { kind: 'done'; body: unknown }
  | { kind: 'refused'; problem: Record<string, unknown> }
  | { kind: 'retry'; reason: string };

/** Client errors that say "not now" rather than "not this". */
const TRANSIENT_4XX = new Set([401, 408, 425, 429]);

export function classifyAnswer(answer: { status: number; contentType: string | null; text: string }): AnswerOutcome {
  const { status, text } = answer;
  const contentType = (answer.contentType ?? '').toLowerCase();
  let body: unknown;
  let json = false;
  if (text.trim() !== '') {
    try {
      body = JSON.parse(text);
      json = true;
    } catch {
      json = false;
    }
  }
  const statusText = `HTTP ${String(status)}`;
  if (status >= 200 && status < 300) {
    if (text.trim() === '') return { kind: 'done', body: undefined };
    if (json && contentType.includes('json')) return { kind: 'done', body };
    return { kind: 'retry', reason: `the answer (${statusText}) was not Quayside's` };
  }
  if (status >= 400 && status < 500 && !TRANSIENT_4XX.has(status) && isProblem(body, status, contentType)) {
    return { kind: 'refused', problem: body };
  }
  if (status === 401) return { kind: 'retry', reason: 'signed out: sign in again and it is sent' };
  if (status >= 500) return { kind: 'retry', reason: `Quayside did not answer properly (${statusText})` };
  return { kind: 'retry', reason: `an unexpected answer (${statusText})` };
}

/**
 * RFC 9457 problem details: served as application/problem+json, or as JSON with the problem's own
 * `title` and `status` (some servers label problems plain JSON). A proxy's page is neither.
 */
function isProblem(body: unknown, status: number, contentType: string): body is Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return false;
  const problem = body as Record<string, unknown>;
  if (contentType.includes('application/problem+json')) return typeof problem.title === 'string' || typeof problem.code === 'string';
  return contentType.includes('json') && typeof problem.title === 'string' && problem.status === status;
}
