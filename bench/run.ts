import { benchOptions } from './options.js';
import { benchPostgres } from './postgres.js';
import { benchSqlite } from './sqlite.js';

/**
 * `npm run bench`: sends and processes inbound shipment order messages through Quayside and compares
 * with the simplest direct database code writing the same rows. See docs/benchmarks.md.
 */
const options = benchOptions();
const problems = options.database === 'postgres' ? await benchPostgres(options) : await benchSqlite(options);
if (problems.length > 0) {
  console.error(`\nRESULT CHECK FAILED:\n- ${problems.join('\n- ')}`);
  process.exitCode = 1;
} else {
  console.log('\nResult check: every message Accepted, one order with 5 active lines per message, 2 status events per message.');
}
