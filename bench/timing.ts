import { performance } from 'node:perf_hooks';

/** Wall-clock seconds and this process's CPU seconds (user + system, all threads). */
export interface Timing {
  seconds: number;
  cpuSeconds: number;
}

export const ZERO: Timing = { seconds: 0, cpuSeconds: 0 };

export async function measure(fn: () => Promise<void> | void): Promise<Timing> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  await fn();
  const seconds = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu);
  return { seconds, cpuSeconds: (used.user + used.system) / 1e6 };
}

export const add = (a: Timing, b: Timing): Timing => ({ seconds: a.seconds + b.seconds, cpuSeconds: a.cpuSeconds + b.cpuSeconds });

export const rate = (count: number, seconds: number): number => (seconds > 0 ? count / seconds : 0);

/** Splits count messages into rounds of about equal size (at least one message each). */
export function chunks(count: number, rounds: number): [from: number, to: number][] {
  const k = Math.max(1, Math.min(rounds, count));
  return Array.from({ length: k }, (_, r) => [Math.floor((count * r) / k), Math.floor((count * (r + 1)) / k)]);
}
