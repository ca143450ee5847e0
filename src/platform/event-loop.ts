/**
 * better-sqlite3 runs each query synchronously inside a promise, so a loop of awaited queries never lets the
 * event loop serve another socket: one long import would stall every other request. Long loops call the
 * function `yielder` returns once per row; every `every` rows it waits for a macrotask (setImmediate), so
 * that pending I/O (other requests, health checks) is handled in between. On PostgreSQL queries are real
 * I/O and yield anyway; the extra turns cost microseconds.
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

export function yielder(every = 50): () => Promise<void> {
  let count = 0;
  return async () => {
    count += 1;
    if (count % every === 0) await yieldToEventLoop();
  };
}

/**
 * Splits rows for multi-row statements: SQLite binds at most 32,766 parameters per statement and PostgreSQL
 * 65,535, so a statement of a few hundred rows stays far below both whatever the row's width.
 */
export function chunks<T>(items: readonly T[], size = 500): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
