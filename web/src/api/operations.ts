import { ApiProblem } from './problem';
import { CSRF_HEADER, sessionStore } from '../auth/session-store';

/**
 * Scans from the floor go through this outbox. Each carries a client operation id that the server
 * applies once, so when the connection drops the same request is simply sent again (and again) until
 * an answer arrives; the outbox lives in localStorage so a reload or a flat battery does not lose it.
 */
export interface PendingOperation {
  operationId: string;
  label: string;
  method: 'POST' | 'PUT';
  path: string;
  body: Record<string, unknown>;
  queuedAt: string;
}

const KEY = 'quayside.outbox';
const RETRY_MS = 4000;
const listeners = new Set<() => void>();

function read(): PendingOperation[] {
  try {
    return JSON.parse(window.localStorage.getItem(KEY) ?? '[]') as PendingOperation[];
  } catch {
    return [];
  }
}

function write(ops: PendingOperation[]): void {
  window.localStorage.setItem(KEY, JSON.stringify(ops));
  listeners.forEach((l) => l());
}

export const outbox = {
  pending: read,
  subscribe: (listener: () => void): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

export function newOperationId(): string {
  return crypto.randomUUID();
}

async function sendOnce(op: PendingOperation): Promise<unknown> {
  let response: Response;
  try {
    const csrfToken = sessionStore.csrfToken();
    response = await fetch(op.path, {
      method: op.method,
      headers: { 'content-type': 'application/json', ...(csrfToken ? { [CSRF_HEADER]: csrfToken } : {}) },
      body: JSON.stringify(op.body),
    });
  } catch (cause) {
    throw ApiProblem.offline(cause);
  }
  const text = await response.text();
  const body: unknown = text ? JSON.parse(text) : undefined;
  if (response.status === 401) sessionStore.expire();
  if (!response.ok) throw new ApiProblem(response.status, body);
  return body;
}

function waitForConnection(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      window.removeEventListener('online', done);
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(done, RETRY_MS);
    window.addEventListener('online', done);
  });
}

/**
 * Sends an operation, retrying with the same operation id while the connection is down. Resolves
 * with the server's answer; rejects only with the server's refusal (a problem the worker must fix).
 */
export async function submitOperation<T>(label: string, path: string, body: Record<string, unknown>, method: 'POST' | 'PUT' = 'POST'): Promise<T> {
  const operationId = typeof body.operationId === 'string' ? body.operationId : newOperationId();
  const op: PendingOperation = { operationId, label, method, path, body: { ...body, operationId }, queuedAt: new Date().toISOString() };
  write([...read().filter((o) => o.operationId !== op.operationId), op]);
  try {
    for (;;) {
      try {
        return (await sendOnce(op)) as T;
      } catch (error) {
        if (!(error instanceof ApiProblem) || !error.offline) throw error;
        await waitForConnection();
      }
    }
  } finally {
    write(read().filter((o) => o.operationId !== op.operationId));
  }
}

/** Sends what a previous page load left in the outbox (e.g. the app was closed while offline). */
export async function resendLeftovers(onOutcome: (op: PendingOperation, error?: unknown) => void): Promise<void> {
  for (const op of read()) {
    try {
      await sendOnce(op);
      onOutcome(op);
      write(read().filter((o) => o.operationId !== op.operationId));
    } catch (error) {
      if (error instanceof ApiProblem && error.offline) return;
      onOutcome(op, error);
      write(read().filter((o) => o.operationId !== op.operationId));
    }
  }
}
