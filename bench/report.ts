import { readFileSync } from 'node:fs';
import { availableParallelism, totalmem } from 'node:os';
import { rate, type Timing } from './timing.js';

export interface Row {
  what: string;
  messages: number;
  time: Timing;
}

export function machine(extra: Record<string, string>): string {
  let cpu = 'unknown';
  try {
    cpu = /^model name\s*:\s*(.*)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpu;
  } catch {
    // not Linux: the CPU model stays unknown
  }
  const parts = {
    cores: String(availableParallelism()),
    cpu,
    memory: `${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
    node: process.version,
    ...extra,
  };
  return Object.entries(parts)
    .map(([k, v]) => `${k}: ${v}`)
    .join(', ');
}

/** A markdown table: wall-clock rate, and the rate per CPU second of this process (steadier on a busy machine). */
export function table(title: string, rows: Row[], cpu = true, unit: [count: string, rate: string] = ['messages', 'msgs']): string {
  const head = ['what', unit[0], 'seconds', `${unit[1]}/s`, ...(cpu ? ['CPU s', `${unit[1]}/CPU s`] : [])];
  const body = rows.map((r) => [
    r.what,
    String(r.messages),
    r.time.seconds.toFixed(2),
    rate(r.messages, r.time.seconds).toFixed(0),
    ...(cpu ? [r.time.cpuSeconds.toFixed(2), rate(r.messages, r.time.cpuSeconds).toFixed(0)] : []),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  return [`\n${title}`, '', line(head), rule, ...body.map(line)].join('\n');
}

export function ratio(quayside: Row, baseline: Row, cpu = false): number {
  const pick = (r: Row) => (cpu ? r.time.cpuSeconds : r.time.seconds);
  return rate(quayside.messages, pick(quayside)) / rate(baseline.messages, pick(baseline));
}
