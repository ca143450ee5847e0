import type SQLite from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

/**
 * Kysely's SQLite driver prepares every statement again on each execution, which cost about a fifth of
 * the time of a pick confirmation. This hands it the connection with a bounded cache of prepared
 * statements, keyed by SQL text (so a statement's `reader` kind, decided by SQLite from that text, is
 * the same for every use). The cache belongs to one connection and is emptied before the connection
 * closes, so no statement outlives the connection it was prepared on. Kysely runs one query at a time
 * on the connection (its mutex); a statement still busy (a stream not read to its end) is not handed out
 * again, a fresh one is prepared instead.
 */
export function withStatementCache(native: SQLite.Database, capacity = 500): SqliteDatabase {
  const cache = new Map<string, SQLite.Statement>();
  return {
    prepare(sql: string): SqliteStatement {
      const cached = cache.get(sql);
      if (cached && !cached.busy) {
        // Map keeps insertion order: moving the hit to the end makes the first key the least recently used.
        cache.delete(sql);
        cache.set(sql, cached);
        return cached;
      }
      const statement = native.prepare(sql);
      if (cached) return statement;
      cache.set(sql, statement);
      if (cache.size > capacity) {
        const oldest = cache.keys().next();
        if (!oldest.done) cache.delete(oldest.value);
      }
      return statement;
    },
    close(): void {
      cache.clear();
      native.close();
    },
  };
}
