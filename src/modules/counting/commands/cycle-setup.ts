import { runCommand } from '../../../platform/command.js';
import type { AppContext } from '../../../platform/context.js';
import { toJson } from '../../../platform/db/json.js';
import { DomainError } from '../../../platform/errors.js';
import { removeProcess } from '../../../platform/jobs/process-changes.js';
import { ensureProcess } from '../../../platform/jobs/processes.js';
import { CountingErrors } from '../errors.js';
import { CYCLE_PLAN_PROCESS, THRESHOLD_PROCESS } from '../processes.js';

type Host = Pick<AppContext, 'db' | 'clock' | 'wake'>;

export interface Tolerance {
  maxPercentage: number | null;
  maxQuantity: number | null;
}

export interface NewThreshold {
  thresholdId: string;
  warehouseId: string;
  locationId?: string | undefined;
  itemNumber?: string | undefined;
  /** Micro-units. */
  thresholdQty: number;
  tolerance: Tolerance;
}

/** A threshold, and the warehouse's background check of its thresholds (every 10 minutes) if it has none yet. */
export function createThreshold(ctx: Host, input: NewThreshold): Promise<void> {
  return runCommand(
    ctx,
    async ({ trx, now }) => {
      const inserted = await trx
        .insertInto('cycle_count_thresholds')
        .values({
          threshold_id: input.thresholdId,
          warehouse_id: input.warehouseId,
          location_id: input.locationId ?? '',
          item_number: input.itemNumber ?? '',
          threshold_qty: input.thresholdQty,
          max_percentage: input.tolerance.maxPercentage,
          max_quantity: input.tolerance.maxQuantity,
        })
        .onConflict((oc) => oc.column('threshold_id').doNothing())
        .returning('threshold_id')
        .executeTakeFirst();
      if (!inserted) throw new DomainError(CountingErrors.setupExists, `Threshold '${input.thresholdId}' already exists`, [{ field: 'thresholdId', reason: 'already exists', value: input.thresholdId }]);
      await ensureProcess(trx, THRESHOLD_PROCESS, { scopeKey: `thresholds:${input.warehouseId}`, sourceSystemId: null }, now);
    },
    { wakes: [] },
  );
}

/** Deletes a threshold; the warehouse's background check goes with its last one. */
export function deleteThreshold(ctx: Host, thresholdId: string): Promise<void> {
  return runCommand(
    ctx,
    async ({ trx }) => {
      const deleted = await trx.deleteFrom('cycle_count_thresholds').where('threshold_id', '=', thresholdId).returning('warehouse_id').executeTakeFirst();
      if (!deleted) throw new DomainError(CountingErrors.setupNotFound, `Threshold '${thresholdId}' does not exist`);
      const left = await trx.selectFrom('cycle_count_thresholds').select('threshold_id').where('warehouse_id', '=', deleted.warehouse_id).executeTakeFirst();
      if (!left) await removeProcess(trx, { type: THRESHOLD_PROCESS.type, scopeKey: `thresholds:${deleted.warehouse_id}` });
    },
    { wakes: [] },
  );
}

export interface NewPlan {
  planId: string;
  warehouseId: string;
  locationIds?: string[] | undefined;
  itemNumber?: string | undefined;
  daysBetweenCounts: number;
  maxCounts: number;
  tolerance: Tolerance;
}

/** A plan, run as its own background process every daysBetweenCounts days. */
export function createPlan(ctx: Host, input: NewPlan): Promise<void> {
  return runCommand(
    ctx,
    async ({ trx, now }) => {
      const inserted = await trx
        .insertInto('cycle_count_plans')
        .values({
          plan_id: input.planId,
          warehouse_id: input.warehouseId,
          location_ids: input.locationIds ? toJson(input.locationIds) : null,
          item_number: input.itemNumber ?? '',
          days_between_counts: input.daysBetweenCounts,
          max_counts: input.maxCounts,
          max_percentage: input.tolerance.maxPercentage,
          max_quantity: input.tolerance.maxQuantity,
          created_at: now,
        })
        .onConflict((oc) => oc.column('plan_id').doNothing())
        .returning('plan_id')
        .executeTakeFirst();
      if (!inserted) throw new DomainError(CountingErrors.setupExists, `Plan '${input.planId}' already exists`, [{ field: 'planId', reason: 'already exists', value: input.planId }]);
      await ensureProcess(trx, { ...CYCLE_PLAN_PROCESS, defaultIntervalSeconds: input.daysBetweenCounts * 86_400 }, { scopeKey: `plan:${input.planId}`, sourceSystemId: null }, now);
    },
    { wakes: [] },
  );
}

/** Deletes a plan and its background process; work it created stays. */
export function deletePlan(ctx: Host, planId: string): Promise<void> {
  return runCommand(
    ctx,
    async ({ trx }) => {
      const deleted = await trx.deleteFrom('cycle_count_plans').where('plan_id', '=', planId).returning('plan_id').executeTakeFirst();
      if (!deleted) throw new DomainError(CountingErrors.setupNotFound, `Plan '${planId}' does not exist`);
      await removeProcess(trx, { type: CYCLE_PLAN_PROCESS.type, scopeKey: `plan:${planId}` });
    },
    { wakes: [] },
  );
}
