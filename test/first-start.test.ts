import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { pino } from 'pino';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { CREDENTIALS_FILE, createFirstStartCredentials, isNewDatabase, listenHost, prepareStart } from '../src/first-start.js';
import { buildQuayside, type Quayside } from '../src/main.js';
import { createUser } from '../src/platform/auth/users.js';
import { ManualClock } from '../src/platform/clock.js';
import { defaultConfig, loadConfig } from '../src/platform/config.js';
import { createDatabase } from '../src/platform/db/database.js';
import { createTestDatabase, TEST_DB_KIND, type TestDatabase } from './support/database.js';

const modeOf = (path: string) => statSync(path).mode & 0o777;

interface Started {
  q: Quayside;
  dataDir: string;
  testDb: TestDatabase;
}

const started: Started[] = [];
afterEach(async () => {
  for (const s of started.splice(0)) {
    await s.q.close();
    await s.testDb.drop();
    rmSync(s.dataDir, { recursive: true, force: true });
  }
});

/** Quayside on a database of its own, without the admin key the test harness would add (the database stays new). */
async function start(): Promise<Started> {
  const dataDir = join(mkdtempSync(join(tmpdir(), 'quayside-first-start-')), 'data');
  const testDb = await createTestDatabase({ file: true });
  const q = await buildQuayside({
    config: { ...defaultConfig, dataDir, logLevel: 'silent' },
    db: testDb.db,
    clock: new ManualClock(),
    logger: pino({ level: 'silent' }),
    logRequests: false,
  });
  const s = { q, dataDir, testDb };
  started.push(s);
  return s;
}

function credentialsIn(path: string): { key: string; password: string | undefined } {
  const text = readFileSync(path, 'utf8');
  const key = /qs_\S+/.exec(text)?.[0];
  if (!key) throw new Error(`no API key in ${path}`);
  return { key, password: /password: (\S+)/.exec(text)?.[1] };
}

describe('first start', () => {
  it('writes the first admin key and user admin once, to an owner-only file, and says only where it is', async () => {
    const { q, dataDir } = await start();
    expect(await isNewDatabase(q.ctx.db.kysely)).toBe(true);
    const said = await prepareStart(q, { demo: false });
    const path = join(dataDir, CREDENTIALS_FILE);
    expect(said).toContain(path);
    expect(modeOf(path)).toBe(0o600);
    expect(modeOf(dataDir)).toBe(0o700);
    const { key, password } = credentialsIn(path);
    expect(said).not.toContain(key);
    expect(said).not.toContain(String(password));

    const headers = { authorization: `Bearer ${key}` };
    expect((await q.app.inject({ method: 'GET', url: '/api/v1/source-systems', headers })).statusCode).toBe(200);
    const signIn = await q.app.inject({ method: 'POST', url: '/api/v1/sessions', payload: { username: 'admin', password } });
    expect(signIn.statusCode).toBe(201);
    // A password someone else saw must be replaced at the first sign-in.
    expect(signIn.json().mustChangePassword).toBe(true);

    // Every admin key revoked: a restart must not mint (and hand out) a new one.
    const keys = (await q.app.inject({ method: 'GET', url: '/api/v1/api-keys', headers })).json().items as { id: number }[];
    for (const k of keys) expect((await q.app.inject({ method: 'DELETE', url: `/api/v1/api-keys/${String(k.id)}`, headers })).statusCode).toBe(204);
    expect(await isNewDatabase(q.ctx.db.kysely)).toBe(false);
    expect(await prepareStart(q, { demo: false })).toBe('');
    expect(await createFirstStartCredentials(q, { adminUser: true })).toBeUndefined();
    const active = await q.ctx.db.kysely.selectFrom('api_keys').select('id').where('revoked_at', 'is', null).execute();
    expect(active).toEqual([]);
  });

  it('gives a database that already has a user (quayside create-user before serve) no credentials', async () => {
    const { q, dataDir } = await start();
    await createUser(q.ctx.db.kysely, 0, { username: 'olga', role: 'admin', password: 'olga-harbour-crane-1', origin: 'chosen-by-someone-else' });
    expect(await isNewDatabase(q.ctx.db.kysely)).toBe(false);
    expect(await prepareStart(q, { demo: false })).toBe('');
    expect(existsSync(join(dataDir, CREDENTIALS_FILE))).toBe(false);
  });

  it('creates one set of credentials when two starts race on one new database', async () => {
    const { q, dataDir } = await start();
    const paths = await Promise.all([createFirstStartCredentials(q, { adminUser: true }), createFirstStartCredentials(q, { adminUser: true })]);
    expect(paths.filter((p) => p !== undefined)).toEqual([join(dataDir, CREDENTIALS_FILE)]);
    expect(await q.ctx.db.kysely.selectFrom('api_keys').select('id').execute()).toHaveLength(1);
    expect(await q.ctx.db.kysely.selectFrom('users').select('username').execute()).toEqual([{ username: 'admin' }]);
  });

  it('leaves a credentials file of an earlier database alone and writes a new one beside it', async () => {
    const { q, dataDir } = await start();
    const old = join(dataDir, CREDENTIALS_FILE);
    await prepareStart(q, { demo: false });
    writeFileSync(old, 'an earlier database');
    // A new database in the same data directory.
    const other = await start();
    const path = await createFirstStartCredentials({ ...other.q, ctx: { ...other.q.ctx, config: { ...other.q.ctx.config, dataDir } } }, { adminUser: false });
    expect(path).toBeDefined();
    expect(path).not.toBe(old);
    expect(readFileSync(old, 'utf8')).toBe('an earlier database');
    expect(modeOf(String(path))).toBe(0o600);
  });
});

describe('demo mode', () => {
  it('seeds the demo into a new database only, and listens on 127.0.0.1 unless HOST says otherwise', async () => {
    const fresh = await start();
    const said = await prepareStart(fresh.q, { demo: true });
    expect(said).toContain('password quayside-demo');
    expect(said).toContain(join(fresh.dataDir, CREDENTIALS_FILE));
    const demo = await fresh.q.app.inject({ method: 'POST', url: '/api/v1/sessions', payload: { username: 'worker1', password: 'quayside-demo' } });
    expect(demo.statusCode).toBe(201);
    // Demo users keep the published password: nothing to change in demo mode.
    expect(demo.json().mustChangePassword).toBe(false);
    // Only the admin key is in the file; the demo's admin user has the demo password.
    expect(credentialsIn(join(fresh.dataDir, CREDENTIALS_FILE)).password).toBeUndefined();
    // Started again: the demo is there, nothing is seeded or created twice.
    const again = await prepareStart(fresh.q, { demo: true });
    expect(again).toContain('password quayside-demo');
    expect(again).not.toContain('First start');

    const real = await start();
    await createUser(real.q.ctx.db.kysely, 0, { username: 'olga', role: 'admin', password: 'olga-harbour-crane-1', origin: 'chosen-by-someone-else' });
    const refused = await prepareStart(real.q, { demo: true });
    expect(refused).toContain('not a new database, so the demo was not seeded');
    expect(refused).not.toContain('quayside-demo ');
    const users = await real.q.ctx.db.kysely.selectFrom('users').select('username').execute();
    expect(users).toEqual([{ username: 'olga' }]);
    expect(await real.q.ctx.db.kysely.selectFrom('source_systems').select('source_system_id').execute()).toEqual([]);

    expect(listenHost(loadConfig({}), true)).toBe('127.0.0.1');
    expect(listenHost(loadConfig({ HOST: '0.0.0.0' }), true)).toBe('0.0.0.0');
    expect(listenHost(loadConfig({}), false)).toBe('0.0.0.0');
  }, 180_000);
});

describe.skipIf(TEST_DB_KIND === 'postgres')('the SQLite database file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'quayside-sqlite-mode-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is created readable by its owner only, and so are its -wal and -shm files', async () => {
    const path = join(dir, 'new', 'quayside.db');
    const db = createDatabase({ url: `sqlite:${path}` });
    await db.kysely.schema.createTable('t').addColumn('x', 'integer').execute();
    await sql`insert into t (x) values (1)`.execute(db.kysely);
    for (const file of [path, `${path}-wal`, `${path}-shm`]) expect([file, modeOf(file)]).toEqual([file, 0o600]);
    expect(modeOf(join(dir, 'new'))).toBe(0o700);
    await db.close();
  });
});
