import { createHash } from 'node:crypto';
import type { RetentionSettings } from '../../../platform/config.js';
import type { AppContext } from '../../../platform/context.js';
import type { Executor } from '../../../platform/db/database.js';
import { fromJson } from '../../../platform/db/json.js';
import type { ProcessDefinition } from '../../../platform/jobs/processes.js';
import { oldStretch } from '../../../platform/retention/old-rows.js';
import { DAY_MS, type RetentionTask } from '../../../platform/retention/retention.js';
import { appendEvents } from '../../events/index.js';
import { checkConsistency, type ConsistencyReport } from '../db/consistency.js';
import type { ReservationHolder } from '../db/reservation-holders.js';
import { runCommand } from '../../../platform/command.js';
import { newTransaction } from '../../../platform/db/transaction.js';

export const LEDGER_CHECK_PROCESS = {
  type: 'checkInventoryLedger',
  label: 'Check the inventory balances against the ledger and the reservations',
  defaultIntervalSeconds: 600,
} as const;

/** How many differences a check keeps and an event carries; the counts are always complete. */
const DETAILS_KEPT = 50;

export interface LedgerDifference {
  kind: 'Physical' | 'Reserved';
  itemNumber: string;
  warehouseId: string;
  locationId: string | null;
  licensePlateId: string | null;
  ownerId: string;
  inventoryStatusId: string;
  batchNumber: string | null;
  serialNumber: string | null;
  /** Physical: the sum of the ledger. Reserved: what the reservations hold. */
  expectedQuantity: number;
  /** What the balance row says. */
  balanceQuantity: number;
}

export interface LedgerCheckResult {
  id: number;
  checkedAt: number;
  itemsChecked: number;
  physicalDifferences: number;
  reservedDifferences: number;
  /** The first differences (at most 50), physical first. */
  differences: LedgerDifference[];
}

function differencesOf(report: ConsistencyReport): LedgerDifference[] {
  return [
    ...report.differences.map((d) => ({ kind: 'Physical' as const, ...d.dimensions, expectedQuantity: d.ledgerQuantity, balanceQuantity: d.balanceQuantity })),
    ...report.reservedDifferences.map((d) => ({ kind: 'Reserved' as const, ...d.dimensions, expectedQuantity: d.heldQuantity, balanceQuantity: d.reservedQuantity })),
  ];
}

/**
 * Runs the consistency check and keeps its result. A business event is raised when the check finds
 * differences that the previous check did not find (a new set, or differences after a clean check):
 * a difference that stays is one incident, not one event every ten minutes; the metric shows that it
 * stays.
 *
 * The event has no source system, so only staff see it (admin webhook subscriptions, the feed for
 * staff). A difference between a balance and the ledger is Quayside's own fault, not a stock movement:
 * what ERPs are told (receipts, packing slips, counting journals, the update log, on-hand reports)
 * comes from the ledger, which the difference leaves unchanged; the balances only steer reservation
 * and picking inside the warehouse. There is nothing for an ERP to book, and the people who must act
 * are the warehouse's.
 */
export async function runLedgerCheck(ctx: AppContext, holders: readonly ReservationHolder[]): Promise<LedgerCheckResult> {
  const report = await checkConsistency(ctx.db.kysely, holders);
  const all = differencesOf(report);
  const fingerprint = all.length === 0 ? '' : createHash('sha256').update(JSON.stringify(all)).digest('hex');
  const details = all.slice(0, DETAILS_KEPT);
  return runCommand(ctx, async ({ trx, now }) => {
    const previous = await trx.selectFrom('inventory_consistency_checks').select('fingerprint').orderBy('id', 'desc').limit(1).executeTakeFirst();
    const { id } = await trx
      .insertInto('inventory_consistency_checks')
      .values({
        checked_at: now,
        items_checked: report.itemsChecked,
        physical_differences: report.differences.length,
        reserved_differences: report.reservedDifferences.length,
        fingerprint,
        details: JSON.stringify(details),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (all.length > 0 && previous?.fingerprint !== fingerprint) {
      ctx.log.error({ checkId: id, physical: report.differences.length, reserved: report.reservedDifferences.length }, 'the inventory balances disagree with the ledger or the reservations');
      await appendEvents(trx, ctx.ids, now, [
        {
          type: 'inventoryConsistency.differencesFound',
          sourceSystemId: null,
          subject: `ledger-check-${String(id)}`,
          payload: {
            checkId: id,
            checkedAt: new Date(now).toISOString(),
            physicalDifferenceCount: report.differences.length,
            reservedDifferenceCount: report.reservedDifferences.length,
            differences: details,
            truncated: all.length > details.length,
          },
        },
      ]);
    }
    return {
      id,
      checkedAt: now,
      itemsChecked: report.itemsChecked,
      physicalDifferences: report.differences.length,
      reservedDifferences: report.reservedDifferences.length,
      differences: details,
    };
  });
}

type CheckRow = { id: number; checked_at: number; items_checked: number; physical_differences: number; reserved_differences: number; details: string };

function resultOf(r: CheckRow): LedgerCheckResult {
  return {
    id: r.id,
    checkedAt: r.checked_at,
    itemsChecked: r.items_checked,
    physicalDifferences: r.physical_differences,
    reservedDifferences: r.reserved_differences,
    differences: fromJson<LedgerDifference[]>(r.details, []),
  };
}

/** The stored checks, newest first. */
export async function ledgerChecks(db: Executor, limit: number): Promise<LedgerCheckResult[]> {
  const rows = await db.selectFrom('inventory_consistency_checks').selectAll().orderBy('id', 'desc').limit(limit).execute();
  return rows.map(resultOf);
}

/**
 * The last background check's result, or undefined before the first one: what the metric
 * `quayside_ledger_differences` (labels kind="physical" and kind="reserved") reports. It reads the
 * database, so every process (serve or worker) reports the same figures whichever one ran the check.
 */
export async function lastLedgerCheck(db: Executor): Promise<LedgerCheckResult | undefined> {
  const [last] = await ledgerChecks(db, 1);
  return last;
}

export function ledgerCheckProcess(ctx: AppContext, holders: readonly ReservationHolder[]): ProcessDefinition {
  return {
    ...LEDGER_CHECK_PROCESS,
    global: true,
    // Items processed: the items checked; what the check found is in its stored result.
    run: async () => (await runLedgerCheck(ctx, holders)).itemsChecked,
  };
}

/** Stored check results go with the process run history (processRunsDays); the last one always stays, for the screen and the metric. */
export function ledgerCheckRetention(settings: RetentionSettings): RetentionTask {
  return {
    name: 'ledgerChecks',
    removeBatch: (db, now, limit, after) =>
      newTransaction(db, async (trx) => {
        const cutoff = now - settings.processRunsDays * DAY_MS;
        const stretch = await oldStretch(trx, 'inventory_consistency_checks', 'checked_at', cutoff, after, limit);
        if (!stretch) return { removed: 0, next: null };
        const last = await trx.selectFrom('inventory_consistency_checks').select((eb) => eb.fn.max('id').as('id')).executeTakeFirst();
        const result = await trx
          .deleteFrom('inventory_consistency_checks')
          .where('id', '>', after)
          .where('id', '<=', stretch.to)
          .where('id', '!=', Number(last?.id ?? 0))
          .executeTakeFirst();
        return { removed: Number(result.numDeletedRows), next: stretch.more ? stretch.to : null };
      }),
  };
}
