import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';

/**
 * How long `quayside serve` takes from process start until it listens, on the built `dist/`:
 * `npm run build && node dist/bench/start-time.js [--runs 5]`. Each run starts a fresh process on the same
 * SQLite file (migrated, admin key and user already created by an unmeasured first start), waits for the
 * "is listening" log line, reads the process's CPU time from /proc (Linux), and stops it with SIGTERM.
 */

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' }, keep: { type: 'boolean', default: false } } });
const runs = Number(values.runs);
const cli = resolve(import.meta.dirname, '../src/cli.js');
const dir = mkdtempSync(join(tmpdir(), 'quayside-start-'));
const env = { ...process.env, DATABASE_URL: `sqlite:${join(dir, 'q.db')}`, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', NODE_ENV: 'production', QUAYSIDE_DATA_DIR: dir };
// Linux reports utime and stime in clock ticks, 100 per second on every common kernel configuration.
const TICKS_PER_SECOND = 100;

interface Start {
  seconds: number;
  cpuSeconds: number;
}

function cpuSecondsOf(pid: number): number {
  const stat = readFileSync(`/proc/${String(pid)}/stat`, 'utf8');
  // Fields after the parenthesised command name; utime and stime are fields 14 and 15 of the whole line.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
}

function startOnce(): Promise<Start> {
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--enable-source-maps', cli, 'serve'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let result: Start | undefined;
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      if (result === undefined && out.includes('is listening on port')) {
        result = { seconds: (performance.now() - started) / 1000, cpuSeconds: cpuSecondsOf(child.pid ?? 0) };
        child.kill('SIGTERM');
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => {
      if (result && code === 0) resolvePromise(result);
      else reject(new Error(`serve exited with ${String(code)} before it listened:\n${out}`));
    });
  });
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};

try {
  await startOnce(); // first start: migrates and creates the admin key and user
  const measured: Start[] = [];
  for (let i = 0; i < runs; i++) measured.push(await startOnce());
  const wall = measured.map((m) => m.seconds);
  const cpu = measured.map((m) => m.cpuSeconds);
  const f = (n: number) => n.toFixed(2);
  process.stdout.write(
    `serve start, process start to listening, ${String(runs)} runs: wall median ${f(median(wall))} s (min ${f(Math.min(...wall))}, max ${f(Math.max(...wall))}), ` +
      `CPU (user+sys) median ${f(median(cpu))} s (min ${f(Math.min(...cpu))}, max ${f(Math.max(...cpu))})\n`,
  );
} finally {
  if (!values.keep) rmSync(dir, { recursive: true, force: true });
}
