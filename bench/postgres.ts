import { randomBytes } from 'node:crypto';
import type { AppContext } from '../src/platform/context.js';
import { createDatabase } from '../src/platform/db/database.js';
import { migrateToLatest } from '../src/platform/db/migrator.js';
import { PgBaseline, connect } from './baseline-pg.js';
import { inboundMessage } from './messages.js';
import type { BenchOptions } from './options.js';
import { preloadPostgres } from './preload-pg.js';
import { processAll, sendMessages, verifyRun } from './quayside-run.js';
import { machine, ratio, table, type Row } from './report.js';
import { adminKey, benchQuayside, injector, setUpMasterData, setUpSourceSystem } from './setup.js';
import { ZERO, add, chunks } from './timing.js';

/**
 * PostgreSQL: two fresh schemas (baseline and Quayside), both migrated, preloaded and ANALYZEd; then,
 * for each connection count c, the baseline on c connections, and Quayside with c concurrent senders
 * followed by c worker loops, each on its own Database instance (one connection each).
 */
export async function benchPostgres(options: BenchOptions): Promise<string[]> {
  const { messages: n, pgUrl: url } = options;
  const tag = randomBytes(4).toString('hex');
  const baseSchema = `bench_base_${tag}`;
  const qSchema = `bench_q_${tag}`;
  const admin = await connect(url, 'public');
  const problems: string[] = [];
  try {
    const version = (await admin.query<{ server_version: string }>('show server_version')).rows[0]?.server_version ?? '?';
    console.log(machine({ postgres: version, preloaded: `${options.preload} orders` }));
    await admin.query(`create schema ${baseSchema}`);
    await admin.query(`create schema ${qSchema}`);

    const baseDb = createDatabase({ url, schema: baseSchema, poolSize: 1 });
    await migrateToLatest(baseDb);
    await baseDb.close();
    const baseClient = await connect(url, baseSchema);
    await preloadPostgres(baseClient, options.preload, Date.now());
    await baseClient.end();

    const setup = await benchQuayside(url, createDatabase({ url, schema: qSchema, poolSize: 2 }));
    try {
      const inject = injector(setup, await adminKey(setup));
      await setUpMasterData(inject);
      for (const c of options.connections) await setUpSourceSystem(setup, inject, `BENCH-${c}`);
    } finally {
      await setup.close();
    }
    const qClient = await connect(url, qSchema);
    await preloadPostgres(qClient, options.preload, Date.now());
    await qClient.end();

    const summary: string[] = [];
    for (const c of options.connections) {
      const s = c === 1 ? '' : 's';
      const baseline = await PgBaseline.open(url, baseSchema, `BASE-${c}`, c);
      // Fresh connections after the preload and ANALYZE, as a restarted server would have.
      const q = await benchQuayside(url, createDatabase({ url, schema: qSchema, poolSize: c }));
      const workerDbs = Array.from({ length: c }, () => createDatabase({ url, schema: qSchema, poolSize: 1 }));
      const workers: AppContext[] = workerDbs.map((db) => ({ ...q.ctx, db }));
      try {
        let base = ZERO;
        let intake = ZERO;
        let processing = ZERO;
        for (const [from, to] of chunks(n, options.rounds)) {
          base = add(base, await baseline.run(Array.from({ length: to - from }, (_, i) => inboundMessage(`B${c}`, from + i))));
          intake = add(intake, await sendMessages(q.ctx, `BENCH-${c}`, Array.from({ length: to - from }, (_, i) => inboundMessage(`Q${c}`, from + i)), c));
          processing = add(processing, await processAll(workers));
        }
        problems.push(...(await baseline.verify(n)), ...(await verifyRun(q, `BENCH-${c}`, n)));
        const rows: Row[] = [
          { what: `baseline: pg, named prepared statements, 1 transaction per message, ${c} connection${s}`, messages: n, time: base },
          { what: `Quayside intake (receiveMessage, ${c} sequential sender${s})`, messages: n, time: intake },
          { what: `Quayside processing (processQueuedMessages, ${c} worker${s}, batch ${q.ctx.config.worker.messageBatchSize})`, messages: n, time: processing },
          { what: 'Quayside end-to-end (intake + processing)', messages: n, time: add(intake, processing) },
        ];
        console.log(table(`PostgreSQL, ${c} connection${s}: ${n} inbound shipment order messages of 5 lines (${options.rounds} alternating rounds)`, rows, false));
        summary.push(`PostgreSQL, ${c} connection${s}: Quayside end-to-end / baseline = ${ratio(rows[3]!, rows[0]!).toFixed(2)}`);
      } finally {
        await baseline.close();
        await Promise.all(workerDbs.map((db) => db.close()));
        await q.close();
      }
    }
    console.log(`\n${summary.join('\n')}`);
  } finally {
    if (options.keep) {
      console.log(`kept schemas ${baseSchema} and ${qSchema}`);
    } else {
      await admin.query(`drop schema if exists ${baseSchema} cascade`);
      await admin.query(`drop schema if exists ${qSchema} cascade`);
    }
    await admin.end();
  }
  return problems;
}
