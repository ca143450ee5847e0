import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { SqliteBaseline } from './baseline-sqlite.js';
import { inboundMessage } from './messages.js';
import type { BenchOptions } from './options.js';
import { processAll, sendMessages, sendOverHttp, verifyRun } from './quayside-run.js';
import { machine, ratio, table, type Row } from './report.js';
import { adminKey, benchQuayside, injector, setUpMasterData, setUpSourceSystem } from './setup.js';
import { ZERO, add, chunks } from './timing.js';

/**
 * SQLite: the baseline and Quayside (direct intake, then processing) take turns in rounds, so that
 * both see the same machine load; then the HTTP intake path on its own.
 */
export async function benchSqlite(options: BenchOptions): Promise<string[]> {
  const n = options.messages;
  const dir = mkdtempSync(join(tmpdir(), 'quayside-bench-'));
  const problems: string[] = [];
  const baseline = await SqliteBaseline.open(join(dir, 'baseline.db'));
  const q = await benchQuayside(`sqlite:${join(dir, 'quayside.db')}`);
  try {
    const version = await sql<{ v: string }>`select sqlite_version() as v`.execute(q.ctx.db.kysely);
    console.log(machine({ sqlite: version.rows[0]?.v ?? '?' }));
    const inject = injector(q, await adminKey(q));
    await setUpMasterData(inject);
    await setUpSourceSystem(q, inject, 'BENCH');

    let base = ZERO;
    let intake = ZERO;
    let processing = ZERO;
    for (const [from, to] of chunks(n, options.rounds)) {
      base = add(base, await baseline.run(Array.from({ length: to - from }, (_, i) => inboundMessage('BASE', from + i))));
      intake = add(intake, await sendMessages(q.ctx, 'BENCH', Array.from({ length: to - from }, (_, i) => inboundMessage('Q', from + i))));
      processing = add(processing, await processAll([q.ctx]));
    }
    problems.push(...baseline.verify(n), ...(await verifyRun(q, 'BENCH', n)));

    const rows: Row[] = [
      { what: 'baseline: better-sqlite3, prepared statements, 1 transaction per message', messages: n, time: base },
      { what: 'Quayside intake (receiveMessage, sequential)', messages: n, time: intake },
      { what: `Quayside processing (processQueuedMessages, batch ${q.ctx.config.worker.messageBatchSize})`, messages: n, time: processing },
      { what: 'Quayside end-to-end (intake + processing)', messages: n, time: add(intake, processing) },
    ];
    if (options.http > 0) {
      const key = await setUpSourceSystem(q, inject, 'BENCH-HTTP');
      const http = await sendOverHttp(inject, key, Array.from({ length: options.http }, (_, i) => inboundMessage('H', i)));
      const httpProcessing = await processAll([q.ctx]);
      problems.push(...(await verifyRun(q, 'BENCH-HTTP', options.http)));
      rows.push({ what: 'Quayside intake over HTTP (app.inject, integration key)', messages: options.http, time: http });
      rows.push({ what: 'Quayside end-to-end over HTTP', messages: options.http, time: add(http, httpProcessing) });
    }
    console.log(table(`SQLite: ${n} inbound shipment order messages of 5 lines (${options.rounds} alternating rounds)`, rows));
    console.log(`\nSQLite: Quayside end-to-end / baseline = ${ratio(rows[3]!, rows[0]!).toFixed(2)} (per CPU second: ${ratio(rows[3]!, rows[0]!, true).toFixed(2)}; target >= 0.50)`);
  } finally {
    baseline.close();
    await q.close();
    if (options.keep) console.log(`kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
  return problems;
}
