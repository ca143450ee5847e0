import { chmodSync, closeSync, existsSync, openSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { CompiledQuery, Kysely, PostgresDialect, SqliteDialect, SqliteDriver, sql, type DatabaseConnection, type Driver, type Transaction } from 'kysely';
import pg from 'pg';
import type { DB } from '../../db-schema.js';
import { withStatementCache } from './sqlite-statement-cache.js';
import { ensurePrivateDir, SECRET_FILE_MODE } from '../secret-files.js';

/**
 * Dialect differences live here only, as named capabilities; the rest of the code asks
 * `db.caps.skipLocked`, never "is this SQLite?".
 */
export interface DialectCaps {
  name: 'sqlite' | 'postgres';
  /** `FOR UPDATE SKIP LOCKED`: several worker processes can share one queue. */
  skipLocked: boolean;
  /** `SELECT ... FOR UPDATE` holds rows; SQLite has no row locks, its write transactions run one at a time. */
  rowLocks: boolean;
  /**
   * Queries run synchronously on the event loop (better-sqlite3): a long transaction keeps every request
   * of the process waiting, so batch work must stop early and yield. With a network driver requests get
   * their turn at every query.
   */
  blocksEventLoop: boolean;
  /** Column type for 64-bit integers (quantities in micro-units, epoch milliseconds). */
  bigint: 'integer' | 'bigint';
  /**
   * The collation that compares text by code point, when the default does not: PostgreSQL sorts by the
   * database's locale unless told `collate "C"`; SQLite's default BINARY collation already compares code points.
   */
  codePointCollation: string | null;
}

export type Kdb = Kysely<DB>;
export type Tx = Transaction<DB>;
/** Either the database or an open transaction: commands take this so callers can compose them. */
export type Executor = Kysely<DB> | Transaction<DB>;

export interface Database {
  kysely: Kdb;
  caps: DialectCaps;
  /** Human-readable target, without credentials, for logs. */
  describe: string;
  /** The PostgreSQL schema this database lives in, when one was chosen (tests give each file its own). */
  schema?: string;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  url: string;
  /** PostgreSQL schema to use (tests give each file its own). */
  schema?: string;
  poolSize?: number;
}

// int8 holds micro-unit quantities and epoch milliseconds; all fit in a double exactly (< 2^53).
pg.types.setTypeParser(20, (value: string) => Number(value));

export function isPostgresUrl(url: string): boolean {
  return url.startsWith('postgres://') || url.startsWith('postgresql://');
}

export function createDatabase(options: DatabaseOptions): Database {
  if (isPostgresUrl(options.url)) return createPostgres(options);
  return createSqlite(options.url);
}

/**
 * Write transactions on SQLite start with BEGIN IMMEDIATE: a deferred BEGIN that reads first and
 * writes later fails at once (SQLITE_BUSY) when another process committed in between, whereas an
 * immediate one waits for the write lock (busy_timeout) and then sees the latest data.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

class ImmediateSqliteDialect extends SqliteDialect {
  constructor(private readonly native: SQLite.Database) {
    super({ database: native });
  }
  override createDriver(): Driver {
    return new ImmediateSqliteDriver({ database: withStatementCache(this.native) });
  }
}

/**
 * The database holds password hashes and webhook secrets: a new file is created readable by the owner only
 * (0600). SQLite creates its -wal and -shm files with the mode of the database file, so they follow. An
 * existing file keeps the mode its operator gave it.
 */
function createPrivately(path: string): void {
  ensurePrivateDir(dirname(resolve(path)));
  if (existsSync(path)) return;
  try {
    closeSync(openSync(path, 'wx', SECRET_FILE_MODE));
    // The mode given to open is filtered by the umask; chmod makes it exact.
    chmodSync(path, SECRET_FILE_MODE);
  } catch (error) {
    // Another process created it at the same moment: theirs is as good.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
}

function createSqlite(url: string): Database {
  const path = url.startsWith('sqlite:') ? url.slice('sqlite:'.length) : url;
  const inMemory = path === ':memory:' || path === '';
  if (!inMemory) createPrivately(path);
  const native = new SQLite(inMemory ? ':memory:' : path);
  native.pragma('journal_mode = WAL');
  // NORMAL in WAL mode is durable across process crashes; only an OS crash can lose the last commits.
  native.pragma('synchronous = NORMAL');
  native.pragma('foreign_keys = ON');
  native.pragma('busy_timeout = 5000');
  const kysely = new Kysely<DB>({ dialect: new ImmediateSqliteDialect(native) });
  return {
    kysely,
    caps: { name: 'sqlite', skipLocked: false, rowLocks: false, blocksEventLoop: true, bigint: 'integer', codePointCollation: null },
    describe: `sqlite:${inMemory ? ':memory:' : resolve(path)}`,
    close: () => kysely.destroy(),
  };
}

function createPostgres(options: DatabaseOptions): Database {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolSize ?? 10,
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  });
  const kysely = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  const safe = new URL(options.url);
  safe.password = '';
  return {
    kysely,
    caps: { name: 'postgres', skipLocked: true, rowLocks: true, blocksEventLoop: false, bigint: 'bigint', codePointCollation: 'C' },
    describe: `${safe.toString()}${options.schema ? ` (schema ${options.schema})` : ''}`,
    ...(options.schema ? { schema: options.schema } : {}),
    close: () => kysely.destroy(),
  };
}

export async function ping(db: Database): Promise<void> {
  await sql`select 1`.execute(db.kysely);
}
