import SQLite from 'better-sqlite3';
import type pg from 'pg';
import { OUT, type Statement } from './outbound-baseline-sql.js';
import type { Conn, Params } from './outbound-baseline.js';

/** better-sqlite3 with every statement prepared once, and begin/commit around each step (as the inbound baseline sets the file up). */
export function sqliteConn(path: string): { conn: Conn; close: () => void } {
  const db = new SQLite(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  const prepared = new Map<Statement, SQLite.Statement>();
  const stmt = (s: Statement) => {
    let p = prepared.get(s);
    if (!p) prepared.set(s, (p = db.prepare(OUT[s])));
    return p;
  };
  const begin = db.prepare('begin');
  const commit = db.prepare('commit');
  const rollback = db.prepare('rollback');
  const conn: Conn = {
    run: (s, params) => Promise.resolve(stmt(s).run(params).changes),
    get: <T>(s: Statement, params: Params) => Promise.resolve(stmt(s).get(params) as T | undefined),
    async transaction(fn) {
      begin.run();
      try {
        const result = await fn();
        commit.run();
        return result;
      } catch (error) {
        if (db.inTransaction) rollback.run();
        throw error;
      }
    },
  };
  return { conn, close: () => db.close() };
}

const numbered = (text: string): string => {
  let i = 0;
  return text.replace(/\?/g, () => `$${++i}`);
};
const PG_TEXT = Object.fromEntries(Object.entries(OUT).map(([k, v]) => [k, numbered(v)])) as Record<Statement, string>;

/** pg with named (server-side prepared) statements. */
export function pgConn(client: pg.Client): Conn {
  return {
    run: async (s, values) => (await client.query({ name: `out_${s}`, text: PG_TEXT[s], values })).rowCount ?? 0,
    get: async <T>(s: Statement, values: Params) => (await client.query({ name: `out_${s}`, text: PG_TEXT[s], values })).rows[0] as T | undefined,
    async transaction(fn) {
      await client.query('begin');
      try {
        const result = await fn();
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback');
        throw error;
      }
    },
  };
}
