import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TEST_DB_KIND } from './support/database.js';

/** The real `quayside` command in a child process, on a SQLite file of its own. */
function quayside(args: string[], env: Record<string, string>): { done: Promise<{ code: number | null; out: string }>; child: ReturnType<typeof spawn>; output: () => string } {
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

async function waitFor(url: string, child: ReturnType<typeof spawn>, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error('server exited before it was ready');
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
  const env = { DATABASE_URL: `sqlite:${join(dir, 'q.db')}`, PORT: String(30000 + Math.floor(Math.random() * 20000)) };
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('migrates, serves with a first-start admin key shown once, and stops cleanly on SIGTERM', async () => {
    const migrate = await quayside(['migrate'], env).done;
    expect(migrate.code).toBe(0);
    expect(migrate.out).toContain('Applied: 0001_platform');

    const server = quayside(['serve'], env);
    await waitFor(`http://127.0.0.1:${env.PORT}/readyz`, server.child);
    const key = /qs_[A-Za-z0-9_-]+/.exec(server.output())?.[0];
    expect(key).toBeDefined();
    const res = await fetch(`http://127.0.0.1:${env.PORT}/api/v1/source-systems`, { headers: { authorization: `Bearer ${String(key)}` } });
    expect(res.status).toBe(200);
    server.child.kill('SIGTERM');
    const stopped = await server.done;
    expect(stopped.code).toBe(0);
    expect(stopped.out).toContain('SIGTERM received');

    // A restart finds the admin key and does not print a new one.
    const again = quayside(['serve'], env);
    await waitFor(`http://127.0.0.1:${env.PORT}/healthz`, again.child);
    expect(again.output()).not.toContain('First start');
    again.child.kill('SIGTERM');
    expect((await again.done).code).toBe(0);
  }, 120_000);

  it('creates API keys and refuses bad arguments with a clear message', async () => {
    const made = await quayside(['create-api-key', '--name', 'ops', '--role', 'integration_operator'], env).done;
    expect(made.code).toBe(0);
    expect(made.out.trim()).toMatch(/^qs_/);
    const bad = await quayside(['create-api-key', '--name', 'x', '--source-system', 'NOPE'], env).done;
    expect(bad.code).toBe(1);
    expect(bad.out).toContain("source system 'NOPE' does not exist");
  }, 60_000);
});
