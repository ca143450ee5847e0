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
  /** JavaScript heap in use after a full collection, before and after the release (the larger). */
  liveMiB: number;
  problems: string[];
}

/** The serve process's memory target for a release of 10,000 orders (issue 13). */
const TARGET_MIB = 400;

/** The heap limit of the second run: well above the live heap, so it only makes V8 collect sooner. */
const CAPPED_HEAP_MIB = 256;

/**
 * `--release N` (SQLite): N outbound orders of 5 lines imported with reservation, then released at once by
 * the automatic release process ("run now"), in a child process whose peak memory is measured. Twice: with
 * V8's defaults, and with the heap capped as the README suggests for small machines. The peak of the first
 * is mostly garbage V8 has not collected yet (the live heap stays near 60 MiB), so it moves from run to run.
 */
export async function benchReleaseMemory(options: BenchOptions): Promise<string[]> {
  const child = new URL('./release-child.js', import.meta.url).pathname;
  const runs: Array<[string, ChildResult]> = [];
  for (const [label, flags] of [
    ['V8 defaults', []],
    [`--max-old-space-size=${String(CAPPED_HEAP_MIB)}`, [`--max-old-space-size=${String(CAPPED_HEAP_MIB)}`]],
  ] as const) {
    const { stdout } = await run(process.execPath, ['--expose-gc', ...flags, child, String(options.release)], { maxBuffer: 16 * 2 ** 20 });
    runs.push([label, JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as ChildResult]);
  }
  const count = runs[0]?.[1].count ?? options.release;
  console.log(`\nRelease of ${count.toLocaleString('en')} orders at once (automatic release process, run now; SQLite; own process)\n`);
  console.log('| heap | orders | seconds | orders/s | CPU s | orders/CPU s | RSS before release | live heap | peak RSS (whole process life) |');
  console.log('|------|-------:|--------:|---------:|------:|-------------:|-------------------:|----------:|------------------------------:|');
  const problems: string[] = [];
  for (const [label, r] of runs) {
    console.log(
      `| ${label} | ${r.count} | ${r.seconds.toFixed(1)} | ${(r.count / r.seconds).toFixed(0)} | ${r.cpuSeconds.toFixed(1)} | ${(r.count / r.cpuSeconds).toFixed(0)} | ${r.rssBeforeMiB.toFixed(0)} MiB | ${r.liveMiB.toFixed(0)} MiB | ${r.peakMiB.toFixed(0)} MiB (before the release: ${r.peakBeforeMiB.toFixed(0)} MiB) |`,
    );
    problems.push(...r.problems);
    if (r.peakMiB > TARGET_MIB) console.log(`${label}: peak memory ${r.peakMiB.toFixed(0)} MiB is above the target of ${String(TARGET_MIB)} MiB`);
  }
  return problems;
}
