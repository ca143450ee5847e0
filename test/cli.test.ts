import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../src/cli.js';
import { seedDemo } from '../src/demo.js';
import { TEST_DB_KIND } from './support/database.js';
import { useTestApp } from './support/harness.js';

/** The real `quayside` command in a child process, on a SQLite file of its own. */
function quaysideProcess(args: string[], env: Record<string, string>): { done: Promise<{ code: number | null; out: string }>; child: ReturnType<typeof spawn>; output: () => string } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
    cwd: process.cwd(),
    env: { ...process.env, LOG_LEVEL: 'info', NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const done = new Promise<{ code: number | null; out: string }>((resolve) => child.on('exit', (code) => resolve({ code, out })));
  return { done, child, output: () => out };
}

/** The same command run in this process, with its output, errors and logs captured together. */
async function quayside(args: string[], env: Record<string, string>) {
  let out = '';
  const sink = { write: (text: string) => ((out += text), true) };
  const io: CliIo = { stdout: sink, stderr: sink, logs: sink, env: { LOG_LEVEL: 'info', ...env } };
  const result = await runCli(args, io);
  return { code: result.exitCode, out, output: () => out, stop: () => result.running?.stop() ?? Promise.resolve() };
}

async function waitFor(url: string, child?: ReturnType<typeof spawn>, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error('server exited before it was ready');
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer in time`);
}

// The command's behaviour does not depend on the database; one run (SQLite) is enough.
describe.skipIf(TEST_DB_KIND === 'postgres')('the quayside command', () => {
  const dir = mkdtempSync(join(tmpdir(), 'quayside-cli-'));
  const env = { DATABASE_URL: `sqlite:${join(dir, 'q.db')}`, PORT: String(30000 + Math.floor(Math.random() * 20000)), QUAYSIDE_DATA_DIR: join(dir, 'data') };
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('migrates, serves with first-start credentials in an owner-only file, and stops cleanly on SIGTERM', async () => {
    const migrate = await quayside(['migrate'], env);
    expect(migrate.code).toBe(0);
    expect(migrate.out).toContain('Applied: 0001_platform');

    // A real process, for what only a process shows: its signal handling and exit code.
    const server = quaysideProcess(['serve'], env);
    await waitFor(`http://127.0.0.1:${env.PORT}/readyz`, server.child);
    // stdout (and so the logs) says where the credentials are, not what they are.
    const file = /written to\n\n\s+(\S+)/.exec(server.output())?.[1] ?? '';
    expect(file).toBe(join(dir, 'data', 'first-start-credentials.txt'));
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(server.output()).not.toContain('qs_');
    const credentials = readFileSync(file, 'utf8');
    const key = /qs_[A-Za-z0-9_-]+/.exec(credentials)?.[0];
    expect(key).toBeDefined();
    const res = await fetch(`http://127.0.0.1:${env.PORT}/api/v1/source-systems`, { headers: { authorization: `Bearer ${String(key)}` } });
    expect(res.status).toBe(200);
    // And user admin for the web UI, with a generated password.
    const password = /password: (\S+)/.exec(credentials)?.[1];
    expect(password).toBeDefined();
    expect(server.output()).not.toContain(String(password));
    const signIn = await fetch(`http://127.0.0.1:${env.PORT}/api/v1/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password }),
    });
    expect(signIn.status).toBe(201);
    server.child.kill('SIGTERM');
    const stopped = await server.done;
    expect(stopped.code).toBe(0);
    expect(stopped.out).toContain('SIGTERM received');

    // A restart finds the admin key and does not print a new one.
    const again = await quayside(['serve'], env);
    try {
      expect(again.code).toBe(0);
      await waitFor(`http://127.0.0.1:${env.PORT}/healthz`);
      expect(again.output()).toContain('is listening');
      expect(again.output()).not.toContain('First start');
    } finally {
      await again.stop();
    }
  }, 120_000);

  it('creates users with a given or a generated password', async () => {
    const given = await quayside(['create-user', '--username', 'kim', '--role', 'planner', '--display-name', 'Kim P'], { ...env, QUAYSIDE_PASSWORD: 'kims-tide-table-7' });
    expect(given.code).toBe(0);
    expect(given.out).toContain("User 'kim' created; the password is to be changed at the first sign-in.");
    const generated = await quayside(['create-user', '--username', 'lee', '--role', 'warehouse_worker'], env);
    expect(generated.code).toBe(0);
    expect(generated.out).toMatch(/created with password \(to be changed at the first sign-in\):\n\S{12,}/);
    const short = await quayside(['create-user', '--username', 'max', '--role', 'planner'], { ...env, QUAYSIDE_PASSWORD: 'short' });
    expect(short.code).toBe(1);
    expect(short.out).toContain('password: must be at least 12 characters');
    const again = await quayside(['create-user', '--username', 'kim', '--role', 'planner'], env);
    expect(again.code).toBe(1);
    expect(again.out).toContain("User 'kim' already exists");
    const role = await quayside(['create-user', '--username', 'ned', '--role', 'boss'], env);
    expect(role.code).toBe(1);
    expect(role.out).toContain("not 'boss'");
  });

  it('serve --demo seeds the demo warehouse and users once and says how to sign in', async () => {
    const demoDir = mkdtempSync(join(tmpdir(), 'quayside-demo-'));
    const demoEnv = { DATABASE_URL: `sqlite:${join(demoDir, 'q.db')}`, PORT: String(Number(env.PORT) + 1), QUAYSIDE_DATA_DIR: join(demoDir, 'data') };
    try {
      const server = await quayside(['serve', '--demo'], demoEnv);
      try {
        expect(server.code).toBe(0);
        expect(server.output()).toContain('seeding the demo warehouse');
        expect(server.output()).toContain('password quayside-demo');
        expect(server.output()).toContain('worker1');
        // Demo users have a published password: the demo listens on this machine only.
        const listening = server.output().match(/Server listening at http:\/\/[^"\s]+/g) ?? [];
        expect(listening.length).toBeGreaterThan(0);
        expect(listening.every((line) => line.includes('127.0.0.1'))).toBe(true);
        const signIn = await fetch(`http://127.0.0.1:${demoEnv.PORT}/api/v1/sessions`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ username: 'worker1', password: 'quayside-demo' }),
        });
        expect(signIn.status).toBe(201);
        const { token } = (await signIn.json()) as { token: string };
        const work = await fetch(`http://127.0.0.1:${demoEnv.PORT}/api/v1/work?status=Open`, { headers: { authorization: `Bearer ${token}` } });
        expect(((await work.json()) as { items: unknown[] }).items.length).toBeGreaterThan(0);
      } finally {
        await server.stop();
      }

      const again = await quayside(['serve', '--demo'], demoEnv);
      try {
        expect(again.code).toBe(0);
        expect((await fetch(`http://127.0.0.1:${demoEnv.PORT}/readyz`)).status).toBe(200);
        expect(again.output()).toContain('is listening');
        expect(again.output()).not.toContain('seeding the demo warehouse');
        expect(again.output()).toContain('password quayside-demo');
      } finally {
        await again.stop();
      }
    } finally {
      rmSync(demoDir, { recursive: true, force: true });
    }
  }, 120_000);

  it('creates API keys and refuses bad arguments with a clear message', async () => {
    const made = await quayside(['create-api-key', '--name', 'ops', '--role', 'integration_operator'], env);
    expect(made.code).toBe(0);
    expect(made.out.trim()).toMatch(/^qs_/);
    const bad = await quayside(['create-api-key', '--name', 'x', '--source-system', 'NOPE'], env);
    expect(bad.code).toBe(1);
    expect(bad.out).toContain("source system 'NOPE' does not exist");
  });

  it('prints its usage on help, and refuses an unknown command with exit code 2', async () => {
    const help = await quayside(['help'], env);
    expect(help.code).toBe(0);
    expect(help.out).toContain('Usage: quayside <command> [options]');
    const unknown = await quayside(['frobnicate'], env);
    expect(unknown.code).toBe(2);
    expect(unknown.out).toContain("Unknown command 'frobnicate'.");
  });
});

describe('the demo data', () => {
  const t = useTestApp();

  it('gives every screen something to show, played by the demo users, and is seeded once', async () => {
    const first = await seedDemo(t().q);
    expect(first).toContain('Demo data created');
    const messages = (await t().admin.get('/api/v1/messages?limit=100')).body.items as any[];
    expect(messages.filter((m) => m.processingStatus === 'Failed')).toHaveLength(1);
    expect(messages.filter((m) => m.processingStatus === 'Accepted').length).toBeGreaterThanOrEqual(4);

    const onHand = (await t().admin.get('/api/v1/inventory/on-hand?warehouseId=WH1&limit=100')).body.items as any[];
    const at = (prefix: string) => onHand.filter((r) => String(r.locationId).startsWith(prefix) && r.physicalQuantity > 0);
    expect(at('P-').length).toBeGreaterThan(0);
    expect(at('A-').length).toBeGreaterThan(0);

    const work = (await t().admin.get('/api/v1/work?limit=100')).body.items as any[];
    expect(work.filter((w) => w.workType === 'PutAway' && w.status === 'Closed').every((w) => w.assignedWorker === 'worker1')).toBe(true);
    expect(work.filter((w) => w.workType === 'Pick' && w.status === 'Open').length).toBeGreaterThan(0);

    const orders = (await t().admin.get('/api/v1/outbound-shipment-orders')).body.items as any[];
    expect(orders.map((o) => [o.orderNumber, o.releaseStatus]).sort()).toEqual([['SO-2001', 'Released'], ['SO-2002', 'Open']]);
    const loads = (await t().admin.get('/api/v1/inbound-loads')).body.items as any[];
    expect(loads.map((l) => l.loadStatus).sort()).toEqual(['Received', 'Shipped']);
    expect((await t().admin.get('/api/v1/counting-journals')).body.total).toBe(1);
    expect((await t().admin.get('/api/v1/source-systems/DEMO-ERP/on-hand-reports')).body.items.length).toBe(1);
    const users = (await t().admin.get('/api/v1/users')).body.items as any[];
    expect(users.map((u) => u.username)).toEqual(['admin', 'manager', 'operator', 'planner', 'worker1', 'worker2']);

    const second = await seedDemo(t().q);
    expect(second).toContain('was already there');
    expect((await t().admin.get('/api/v1/messages?limit=100')).body.items).toHaveLength(messages.length);
  }, 120_000);
});
