import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { processQueuedMessages } from '../src/modules/integration/index.js';
import { outboundMessage } from './outbound-orders.js';
import { putOutboundStock, setUpOutboundSource, setUpOutboundWarehouse } from './outbound-setup.js';
import { verifyOutboundRelease } from './release-check.js';
import { adminKey, benchQuayside, injector, setUpMasterData } from './setup.js';
import { measure } from './timing.js';

/**
 * One release of N outbound orders at once, in a process of its own so that its peak memory is the
 * release's (and its set-up's) alone: as the serve process that runs the automatic release would hold
 * it. Prints one JSON line for bench/release-memory.ts.
 */
const count = Number(process.argv[2] ?? '10000');
const dir = mkdtempSync(join(tmpdir(), 'quayside-release-'));
const q = await benchQuayside(`sqlite:${join(dir, 'release.db')}`);
const mib = (bytes: number) => bytes / 2 ** 20;
try {
  const inject = injector(q, await adminKey(q));
  await setUpMasterData(inject);
  await setUpOutboundWarehouse(inject);
  const keys = await setUpOutboundSource(q, inject, 'REL');
  await putOutboundStock(q);
  for (let i = 0; i < count; i++) await inject('POST', '/api/v1/outbound-shipment-order-messages', outboundMessage('REL', i), keys.integration);
  while ((await processQueuedMessages(q.ctx)) > 0);
  const { processIds } = (await inject('PUT', '/api/v1/warehouses/WH1/outbound-automation', { quantityToRelease: 'All', allowPartiallyReleased: false }, keys.manager)) as { processIds: number[] };
  const releaseProcess = processIds[0];
  global.gc?.();
  const { rss: before, heapUsed: liveBefore } = process.memoryUsage();
  const peakBefore = process.resourceUsage().maxRSS * 1024;
  const time = await measure(async () => {
    const { run } = (await inject('POST', `/api/v1/background-processes/${releaseProcess}/run`, undefined, keys.manager)) as { run: { outcome: string; itemsProcessed: number } | null };
    if (!run || run.outcome !== 'succeeded') throw new Error(`the automatic release run ended ${JSON.stringify(run)}`);
  });
  const peak = process.resourceUsage().maxRSS * 1024;
  global.gc?.();
  const liveAfter = process.memoryUsage().heapUsed;
  const problems = await verifyOutboundRelease(q.ctx.db.kysely, 'REL', count);
  console.log(JSON.stringify({ count, seconds: time.seconds, cpuSeconds: time.cpuSeconds, rssBeforeMiB: mib(before), peakBeforeMiB: mib(peakBefore), peakMiB: mib(peak), liveMiB: mib(Math.max(liveBefore, liveAfter)), problems }));
} finally {
  await q.close();
  rmSync(dir, { recursive: true, force: true });
}
