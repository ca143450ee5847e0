import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';

/**
 * `--profile DIR`: a CPU profile (as `node --cpu-prof` writes it) of each measured Quayside phase of each
 * round, so that one phase can be looked at without the set-up, the baseline and the other phases. The
 * profiler slows the process down: a run with profiles is for the profile, not for the figures.
 */
let target: { dir: string; session: Session } | undefined;
let count = 0;

export function enableProfiles(dir: string): void {
  mkdirSync(dir, { recursive: true });
  const session = new Session();
  session.connect();
  target = { dir, session };
}

export async function profiled<T>(phase: string, fn: () => Promise<T>): Promise<T> {
  if (!target) return fn();
  const { session, dir } = target;
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  try {
    return await fn();
  } finally {
    const { profile } = await session.post('Profiler.stop');
    count += 1;
    writeFileSync(join(dir, `${phase}-${String(count).padStart(3, '0')}.cpuprofile`), JSON.stringify(profile));
  }
}
