import { parseArgs } from 'node:util';

export interface BenchOptions {
  /** Inbound messages per measured run; 0 skips the inbound part. */
  messages: number;
  /** Outbound orders (of 5 lines) from message to packing slip; 0 skips the outbound part. */
  outbound: number;
  database: 'sqlite' | 'postgres';
  pgUrl: string;
  /** PostgreSQL: orders (with their messages, lines, log rows and events) loaded before measuring. */
  preload: number;
  /** PostgreSQL: worker connection counts to measure. */
  connections: number[];
  /** Messages also sent through HTTP (app.inject) to report that path separately; 0 skips it. */
  http: number;
  /** The measured work is done in this many rounds, baseline and Quayside taking turns. */
  rounds: number;
  /** Keep the temporary SQLite files / PostgreSQL schemas for inspection. */
  keep: boolean;
  /** Queued inbound messages the worker drains while request latencies are measured (then 1,000 orders are released); 0 skips it. */
  latency: number;
  /** Write a CPU profile of each measured Quayside phase into this directory (see bench/profile.ts). */
  profile: string | undefined;
  /** PostgreSQL: OS process counts for the scale-out part (worker and serve processes); empty skips it. */
  scaleOut: number[];
  /** SQLite: ledger sizes at which the reads are timed (`--reads 10000,1000000`); empty skips it. */
  reads: number[];
  /** SQLite: outbound orders released at once in a process of its own, whose peak memory is reported; 0 skips it. */
  release: number;
  /** SQLite: reads of one item through Quayside and through a bare Fastify route with the same schemas; 0 skips it. */
  httpOverhead: number;
  /** Messages per scale-out measurement. */
  scaleMessages: number;
}

const positive = (name: string, value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a non-negative integer, got '${value}'`);
  return n;
};

/** Flags win over environment variables (BENCH_MESSAGES, BENCH_OUTBOUND, BENCH_DB=postgres, BENCH_PG_URL, BENCH_PRELOAD, BENCH_HTTP, BENCH_ROUNDS, BENCH_LATENCY). */
export function benchOptions(argv: string[] = process.argv.slice(2), env: NodeJS.ProcessEnv = process.env): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      messages: { type: 'string', short: 'n' },
      outbound: { type: 'string' },
      pg: { type: 'boolean' },
      'pg-url': { type: 'string' },
      preload: { type: 'string' },
      connections: { type: 'string' },
      http: { type: 'string' },
      rounds: { type: 'string' },
      keep: { type: 'boolean' },
      profile: { type: 'string' },
      latency: { type: 'string' },
      'scale-out': { type: 'string' },
      'scale-messages': { type: 'string' },
      reads: { type: 'string' },
      release: { type: 'string' },
      'http-overhead': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(
      'npm run bench -- [--messages N] [--outbound N] [--pg] [--pg-url URL] [--preload N] [--connections 1,4] [--http N] [--rounds N] [--latency N] [--keep] [--profile DIR] [--scale-out 1,2,4] [--scale-messages N] [--reads 10000,1000000] [--release 10000] [--http-overhead 20000]\n' +
        'Sends and processes N inbound shipment order messages of 5 lines each, and takes --outbound N outbound orders of 5 lines\n' +
        'from message to packing slip (default 2000), and compares each with plain driver code. 0 skips a part.\n' +
        '--latency N (default 10000) measures health check and pick request latencies while the worker drains N queued messages, and while 1,000 orders are released.\n' +
        '--scale-out 1,2,4 (with --pg) runs that many `quayside worker` and `quayside serve` processes against one PostgreSQL database.\n' +
        '--reads 10000,1000000 (SQLite) times the on-hand inquiry, a figure\'s ledger history, the on-hand report and the drift explanation at each ledger size.\n' +
        '--release N (SQLite) releases N outbound orders at once in a process of its own and reports its peak memory.\n' +
        '--http-overhead N (SQLite) compares N reads of an item through Quayside with a bare Fastify route of the same schemas.\n' +
        '--profile DIR writes a CPU profile of each Quayside outbound phase of each round (summarize with node dist/bench/profile-summary.js).',
    );
    process.exit(0);
  }
  const messages = positive('--messages', values.messages ?? env.BENCH_MESSAGES ?? '10000');
  return {
    messages,
    outbound: positive('--outbound', values.outbound ?? env.BENCH_OUTBOUND ?? '2000'),
    database: values.pg || env.BENCH_DB === 'postgres' ? 'postgres' : 'sqlite',
    pgUrl: values['pg-url'] ?? env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
    preload: positive('--preload', values.preload ?? env.BENCH_PRELOAD ?? '20000'),
    connections: (values.connections ?? '1,4').split(',').map((c) => Math.max(1, positive('--connections', c.trim()))),
    http: positive('--http', values.http ?? env.BENCH_HTTP ?? String(Math.min(1000, messages))),
    rounds: Math.max(1, positive('--rounds', values.rounds ?? env.BENCH_ROUNDS ?? '5')),
    keep: values.keep ?? false,
    profile: values.profile,
    latency: positive('--latency', values.latency ?? env.BENCH_LATENCY ?? '10000'),
    scaleOut: (values['scale-out'] ?? env.BENCH_SCALE_OUT ?? '')
      .split(',')
      .filter((c) => c.trim() !== '')
      .map((c) => Math.max(1, positive('--scale-out', c.trim()))),
    reads: (values.reads ?? env.BENCH_READS ?? '')
      .split(',')
      .filter((c) => c.trim() !== '')
      .map((c) => Math.max(1, positive('--reads', c.trim()))),
    release: positive('--release', values.release ?? env.BENCH_RELEASE ?? '0'),
    httpOverhead: positive('--http-overhead', values['http-overhead'] ?? env.BENCH_HTTP_OVERHEAD ?? '0'),
    scaleMessages: Math.max(1, positive('--scale-messages', values['scale-messages'] ?? env.BENCH_SCALE_MESSAGES ?? '4000')),
  };
}
