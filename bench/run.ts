import { benchOptions } from './options.js';
import { benchOutboundPostgres, benchOutboundSqlite } from './outbound.js';
import { benchPostgres } from './postgres.js';
import { benchSqlite } from './sqlite.js';
import { enableProfiles } from './profile.js';
import { benchLatency } from './latency.js';
import { benchScaleOut } from './scale-out.js';
import { benchReads } from './reads.js';
import { benchReleaseMemory } from './release-memory.js';
import { benchHttpOverhead } from './http-overhead.js';

/**
 * `npm run bench`: sends and processes inbound shipment order messages through Quayside, then takes
 * outbound orders from message to packing slip, and compares each with the simplest direct database
 * code writing the same rows. See docs/benchmarks.md.
 */
const options = benchOptions();
if (options.profile !== undefined) enableProfiles(options.profile);
const pg = options.database === 'postgres';
const problems: string[] = [];
if (options.messages > 0) problems.push(...(pg ? await benchPostgres(options) : await benchSqlite(options)));
if (options.outbound > 0) problems.push(...(pg ? await benchOutboundPostgres(options) : await benchOutboundSqlite(options)));
if (options.latency > 0) problems.push(...(await benchLatency(options)));
if (options.reads.length > 0) problems.push(...(await benchReads(options)));
if (options.release > 0) problems.push(...(await benchReleaseMemory(options)));
if (options.httpOverhead > 0) problems.push(...(await benchHttpOverhead(options)));
if (options.scaleOut.length > 0) {
  if (pg) problems.push(...(await benchScaleOut(options)));
  else problems.push('--scale-out needs --pg: SQLite has one writer, so more processes cannot add throughput');
}
if (problems.length > 0) {
  console.error(`\nRESULT CHECK FAILED:\n- ${problems.join('\n- ')}`);
  process.exitCode = 1;
} else {
  const checks = [];
  if (options.messages > 0) checks.push('inbound: every message Accepted, one order with 5 active lines per message, 2 status events per message');
  if (options.latency > 0) checks.push('latency: every queued message Accepted, every released order Released');
  if (options.httpOverhead > 0) checks.push('http overhead: every request answered 200');
  if (options.reads.length > 0) checks.push('reads: every read answered, ledger and balances agree');
  if (options.release > 0) checks.push('release: every order Released, pick work created');
  if (options.scaleOut.length > 0) checks.push('scale-out: every queued message Accepted with one order of 5 lines, every message sent over HTTP stored');
  if (options.outbound > 0) checks.push('outbound: every message Accepted, every order with one active packing slip of 5 lines shipping the ordered quantity, every load Shipped, nothing left reserved, ledger and balances agree');
  console.log(`\nResult check passed. ${checks.join('; ')}.`);
}
