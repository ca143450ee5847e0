import type { AppContext } from '../../platform/context.js';
import { dbGauges } from '../../platform/metrics/registry.js';
import { lastLedgerCheck } from './commands/ledger-check.js';

/**
 * What the last ledger check found (the background process checkInventoryLedger, every 10 minutes by
 * default), from its stored result: the same in every process, whichever ran the check. No samples before
 * the first check.
 */
export function inventoryMetrics(ctx: AppContext): void {
  dbGauges(ctx.metrics, ctx.log, () => lastLedgerCheck(ctx.db.kysely), [
    {
      name: 'quayside_ledger_differences',
      help: 'Differences the last ledger check found: physical (a balance that is not the sum of the ledger) and reserved (a balance\'s reserved quantity that is not what the reservations hold).',
      labelNames: ['kind'],
      samples: (check) =>
        check
          ? [
              { labels: { kind: 'physical' }, value: check.physicalDifferences },
              { labels: { kind: 'reserved' }, value: check.reservedDifferences },
            ]
          : [],
    },
    {
      name: 'quayside_ledger_last_check_timestamp_seconds',
      help: 'When the last ledger check ran (Unix time); time() minus this says how old the differences figure is.',
      samples: (check) => (check ? [{ value: Math.floor(check.checkedAt / 1000) }] : []),
    },
  ]);
}
