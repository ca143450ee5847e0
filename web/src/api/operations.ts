import { classifyAnswer } from './outbox-outcome';
import { ApiProblem } from './problem';
import { CSRF_HEADER, sessionStore } from '../auth/session-store';

/**
 * Scans from the floor go through this outbox. Each carries a client operation id that the server
 * applies once, so when the connection drops, or a proxy answers for a Quayside that is down, the same
 * request is simply sent again (and again) until Quayside has applied it or refused it; the outbox
 * lives in localStorage so a reload or a flat battery does not lose it.
 */
export interface PendingOperation {
  operationId: string;
  label: string;
  method: 'POST' | 'PUT';
  path: string;
  body: Record<string, unknown>;
  queuedAt: string;
  /**
   * Who scanned it. A step is sent only with its own worker's session: on a shared handheld, what one
   * worker scanned offline must not be applied (and audited) as the next worker's work. Absent in
   * entries queued before this field existed, which go with whoever is signed in.
   */
  username?: string;
  /** Why the last attempt did not go through (no connection, a 502 from a proxy...); it is sent again. */
  lastFailure?: string;
}

const KEY = 'quayside.outbox';
const HISTORY_KEY = 'quayside.outbox.history';
/** How many finished operations the device lists (the mobile app's "Sent and waiting" screen). */
const HISTORY_SIZE = 50;

/** An operation that left the outbox: applied by Quayside, or refused with the reason. */
export interface FinishedOperation {
  operationId: string;
  label: string;
  queuedAt: string;
  finishedAt: string;
  outcome: 'applied' | 'refused';
  /** Sent again after a failed attempt (no connection, a proxy's error page, a reload). */
  retried: boolean;
  reason?: string;
}
const RETRY_MS = 4000;
const MAX_RETRY_MS = 30_000;
const listeners = new Set<() => void>();

function read(): PendingOperation[] {
  try {
    return JSON.parse(window.localStorage.getItem(KEY) ?? '[]') as PendingOperation[];
  } catch {
    return [];
  }
}

const currentUsername = (): string | undefined => sessionStore.current()?.user.username;

/** The signed-in worker's own steps: the only ones this session sends or shows. */
function readMine(): PendingOperation[] {
  const me = currentUsername();
  return read().filter((o) => o.username === undefined || o.username === me);
}

function write(ops: PendingOperation[]): void {
  window.localStorage.setItem(KEY, JSON.stringify(ops));
  listeners.forEach((l) => l());
}

function readHistory(): FinishedOperation[] {
  try {
    return JSON.parse(window.localStorage.getItem(HISTORY_KEY) ?? '[]') as FinishedOperation[];
  } catch {
    return [];
  }
}

function noteFinished(op: PendingOperation, outcome: FinishedOperation['outcome'], retried: boolean, reason?: string): void {
  const entry: FinishedOperation = { operationId: op.operationId, label: op.label, queuedAt: op.queuedAt, finishedAt: new Date().toISOString(), outcome, retried, ...(reason ? { reason } : {}) };
  window.localStorage.setItem(HISTORY_KEY, JSON.stringify([entry, ...readHistory().filter((o) => o.operationId !== op.operationId)].slice(0, HISTORY_SIZE)));
}

export const outbox = {
  pending: readMine,
  /** Steps other workers scanned on this device and that wait for them to sign in again. */
  othersWaiting: (): number => read().length - readMine().length,
  /** What left the outbox on this device, newest first. */
  finished: readHistory,
  /** Forgets the list (signing out: the next user of the device does not see it). */
  forgetFinished: (): void => {
    window.localStorage.removeItem(HISTORY_KEY);
    listeners.forEach((l) => l());
  },
  subscribe: (listener: () => void): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

export function newOperationId(): string {
  return crypto.randomUUID();
}

type Attempt = { kind: 'done'; body: unknown } | { kind: 'refused'; problem: ApiProblem } | { kind: 'retry'; reason: string; offline: boolean };

/** One attempt; only a definitive refusal or an applied answer ends an operation (see outbox-outcome.ts). */
async function attempt(op: PendingOperation): Promise<Attempt> {
  let response: Response;
  let text: string;
  try {
    const csrfToken = sessionStore.csrfToken();
    response = await fetch(op.path, {
      method: op.method,
      headers: { 'content-type': 'application/json', ...(csrfToken ? { [CSRF_HEADER]: csrfToken } : {}) },
      body: JSON.stringify(op.body),
    });
    text = await response.text();
  } catch {
    return { kind: 'retry', reason: 'no connection to Quayside', offline: true };
  }
  if (response.status === 401) sessionStore.expire();
  const outcome = classifyAnswer({ status: response.status, contentType: response.headers.get('content-type'), text });
  switch (outcome.kind) {
    case 'done':
      return outcome;
    case 'refused':
      return { kind: 'refused', problem: new ApiProblem(response.status, outcome.problem) };
    case 'retry':
      return { kind: 'retry', reason: outcome.reason, offline: false };
  }
}

/** Takes the operation out of the outbox and lists it as finished. */
function remove(op: PendingOperation, outcome: FinishedOperation['outcome'], reason?: string): void {
  const ops = read();
  const kept = ops.find((o) => o.operationId === op.operationId);
  noteFinished(op, outcome, kept?.lastFailure !== undefined || !inFlight.has(op.operationId), reason);
  write(ops.filter((o) => o.operationId !== op.operationId));
}

/** Notes why the last attempt did not go through, for the connection banner. */
function noteFailure(operationId: string, reason: string): void {
  const ops = read();
  if (!ops.some((o) => o.operationId === operationId && o.lastFailure !== reason)) return;
  write(ops.map((o) => (o.operationId === operationId ? { ...o, lastFailure: reason } : o)));
}

/** Waits before the next attempt: longer after each failure (a struggling server is not hammered), at once when the connection comes back. */
function waitBeforeRetry(failures: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      window.removeEventListener('online', done);
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(done, Math.min(RETRY_MS * 2 ** Math.max(0, failures - 1), MAX_RETRY_MS));
    window.addEventListener('online', done);
  });
}

/** Operations a live submitOperation is sending; resendLeftovers leaves them to it. */
const inFlight = new Set<string>();

/**
 * Sends an operation, retrying with the same operation id until Quayside has applied it or refused it
 * for good. Resolves with the server's answer; rejects only with a definitive refusal (a problem the
 * worker must fix). A dropped connection, a 5xx or a proxy's error page keeps the operation in the
 * outbox and sends it again; so does a reload, through resendLeftovers.
 */
export async function submitOperation<T>(label: string, path: string, body: Record<string, unknown>, method: 'POST' | 'PUT' = 'POST'): Promise<T> {
  const operationId = typeof body.operationId === 'string' ? body.operationId : newOperationId();
  const username = currentUsername();
  const op: PendingOperation = { operationId, label, method, path, body: { ...body, operationId }, queuedAt: new Date().toISOString(), ...(username ? { username } : {}) };
  write([...read().filter((o) => o.operationId !== op.operationId), op]);
  inFlight.add(operationId);
  try {
    for (let failures = 1; ; failures++) {
      const result = await attempt(op);
      if (result.kind === 'done') {
        remove(op, 'applied');
        return result.body as T;
      }
      if (result.kind === 'refused') {
        remove(op, 'refused', result.problem.detail ?? result.problem.title);
        throw result.problem;
      }
      noteFailure(operationId, result.reason);
      await waitBeforeRetry(result.offline ? 1 : failures);
    }
  } finally {
    inFlight.delete(operationId);
  }
}

let resending = false;

/**
 * Sends what a previous page load left in the outbox (e.g. the app was closed while offline), until each
 * is applied or refused; one pass at a time, waiting between passes while Quayside cannot take them.
 */
export async function resendLeftovers(onOutcome: (op: PendingOperation, error?: unknown) => void): Promise<void> {
  if (resending) return;
  resending = true;
  try {
    for (let failures = 1; ; failures++) {
      let waiting = false;
      for (const op of readMine().filter((o) => !inFlight.has(o.operationId))) {
        const result = await attempt(op);
        if (result.kind === 'retry') {
          noteFailure(op.operationId, result.reason);
          waiting = true;
          if (result.offline) break;
          continue;
        }
        remove(op, result.kind === 'done' ? 'applied' : 'refused', result.kind === 'refused' ? (result.problem.detail ?? result.problem.title) : undefined);
        if (result.kind === 'done') onOutcome(op);
        else onOutcome(op, result.problem);
      }
      if (!waiting) return;
      await waitBeforeRetry(failures);
    }
  } finally {
    resending = false;
  }
}
