import { collectDefaultMetrics, Counter, Gauge, Registry } from 'prom-client';
import type { Logger } from '../logger.js';

export type { Registry } from 'prom-client';

/** One sample of a gauge: its labels (none for a gauge without labels) and its value. */
export interface Sample {
  labels?: Record<string, string>;
  value: number;
}

export interface DbGaugeSpec<T> {
  name: string;
  help: string;
  labelNames?: readonly string[];
  samples(data: T): Sample[];
}

/**
 * A registry per Quayside instance (tests build several in one process), with `quayside_build_info` and the
 * counter that says when a database-derived gauge could not be read.
 */
export function createMetricsRegistry(version: string): Registry {
  const registry = new Registry();
  const info = new Gauge({ name: 'quayside_build_info', help: 'Always 1; the label says which Quayside version this process runs.', labelNames: ['version'], registers: [registry] });
  info.set({ version }, 1);
  new Counter({
    name: 'quayside_metrics_read_errors_total',
    help: 'Scrapes at which a database-derived metric could not be read (its samples are then left out); see the log.',
    labelNames: ['metric'],
    registers: [registry],
  });
  return registry;
}

/**
 * Node's own figures (CPU, memory, event loop delay, garbage collection): once per real process, by the
 * CLI's serve and worker. Not in tests: the event loop monitor it starts is never stopped.
 */
export function addProcessMetrics(registry: Registry): void {
  collectDefaultMetrics({ register: registry });
}

/**
 * Gauges computed from the database when Prometheus scrapes, from one read shared by the gauges of the group.
 * registry.metrics() starts every metric's collect in the same tick, so the first gauge's collect starts the
 * read and the others wait for the same one; the next scrape reads again (nothing is cached between scrapes,
 * so a scrape always shows the database as it is). A read that fails is logged and counted in
 * quayside_metrics_read_errors_total, and the group's gauges are left without samples rather than showing
 * stale figures.
 */
export function dbGauges<T>(registry: Registry, log: Logger, read: () => Promise<T>, specs: DbGaugeSpec<T>[]): void {
  let inFlight: Promise<T> | undefined;
  const shared = (): Promise<T> => {
    inFlight ??= read().finally(() => {
      inFlight = undefined;
    });
    return inFlight;
  };
  const errors = registry.getSingleMetric('quayside_metrics_read_errors_total') as Counter<'metric'>;
  for (const spec of specs) {
    const labelNames = spec.labelNames ?? [];
    new Gauge({
      name: spec.name,
      help: spec.help,
      labelNames,
      registers: [registry],
      async collect() {
        // reset() leaves a gauge without labels at 0; removing that sample too leaves "unknown" as no sample.
        const clear = () => {
          this.reset();
          if (labelNames.length === 0) this.remove({});
        };
        try {
          const samples = spec.samples(await shared());
          clear();
          for (const s of samples) this.set(s.labels ?? {}, s.value);
        } catch (error) {
          clear();
          errors.inc({ metric: spec.name });
          log.warn({ err: error, metric: spec.name }, 'a metric could not be read from the database');
        }
      },
    });
  }
}

/** Whole seconds from `since` (epoch ms) to `now`; 0 for nothing or a time in the future. */
export function ageSeconds(now: number, since: number | string | null | undefined): number {
  if (since === null || since === undefined) return 0;
  return Math.max(0, Math.floor((now - Number(since)) / 1000));
}
