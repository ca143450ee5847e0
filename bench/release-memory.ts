import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { BenchOptions } from './options.js';

const run = promisify(execFile);

interface ChildResult {
  count: number;
  seconds: number;
  cpuSeconds: number;
  rssBeforeMiB: number;
  peakBeforeMiB: number;
  peakMiB: number;
  problems: string[];
}

/** The serve process's memory target for a release of 10,000 orders (issue 13). */
const TARGET_MIB = 400;

/**
 * `--release N` (SQLite): N outbound orders of 5 lines imported with reservation, then released at once by
 * the automatic release process ("run now"), in a child process whose peak memory is measured.
 */
export async function benchReleaseMemory(options: BenchOptions): Promise<string[]> {
  const child = new URL('./release-child.js', import.meta.url).pathname;
  const { stdout } = await run(process.execPath, ['--expose-gc', child, String(options.release)], { maxBuffer: 16 * 2 ** 20 });
  const line = stdout.trim().split('\n').at(-1) ?? '';
  const r = JSON.parse(line) as ChildResult;
  console.log(`\nRelease of ${r.count.toLocaleString('en')} orders at once (automatic release process, run now; SQLite; own process)\n`);
  console.log('| orders | seconds | orders/s | CPU s | orders/CPU s | RSS before release | peak RSS (whole process life) |');
  console.log('|-------:|--------:|---------:|------:|-------------:|-------------------:|------------------------------:|');
  console.log(
    `| ${r.count} | ${r.seconds.toFixed(1)} | ${(r.count / r.seconds).toFixed(0)} | ${r.cpuSeconds.toFixed(1)} | ${(r.count / r.cpuSeconds).toFixed(0)} | ${r.rssBeforeMiB.toFixed(0)} MiB | ${r.peakMiB.toFixed(0)} MiB (before the release: ${r.peakBeforeMiB.toFixed(0)} MiB) |`,
  );
  const problems = [...r.problems];
  if (r.peakMiB > TARGET_MIB) console.log(`peak memory ${r.peakMiB.toFixed(0)} MiB is above the target of ${TARGET_MIB} MiB`);
  return problems;
}
