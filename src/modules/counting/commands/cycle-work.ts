import { sql } from 'kysely';
import type { Executor } from '../../../platform/db/database.js';
import { fromJson } from '../../../platform/db/json.js';
import { nextNumber } from '../../../platform/db/number-sequences.js';
import { DomainError, missingReference } from '../../../platform/errors.js';
import { CYCLE_COUNT_JOURNAL_NAME } from '../domain/counting.js';
import type { CreatedBy, Tolerance } from '../domain/cycle-counting.js';
import { CountingErrors } from '../errors.js';
import { createJournal } from './create-journal.js';

const DAY = 86_400_000;
const OPEN = ['Open', 'PendingReview'];

export interface NewCycleWork {
  warehouseId: string;
  locationId: string;
  itemNumber?: string | undefined;
  createdBy: CreatedBy;
  originId?: string | undefined;
  tolerance: Tolerance;
}

/**
 * Creates counting work for one location (or one item in it), unless work for it is open already.
 * Its CycleCount journal snapshots the location's stock now; nothing is locked or reserved, so the
 * location stays open for picking and put-away while it waits to be counted.
 */
export async function createCycleWork(db: Executor, now: number, actor: string, input: NewCycleWork): Promise<string | undefined> {
  let open = db
    .selectFrom('cycle_count_work')
    .select('work_id')
    .where('warehouse_id', '=', input.warehouseId)
    .where('location_id', '=', input.locationId)
    .where('status', 'in', OPEN);
  open = input.itemNumber ? open.where((eb) => eb.or([eb('item_number', '=', input.itemNumber ?? ''), eb('item_number', '=', '')])) : open;
  if (await open.executeTakeFirst()) return undefined;
  const journalId = await createJournal(db, now, actor, {
    journalNameId: CYCLE_COUNT_JOURNAL_NAME,
    description: `Cycle count ${input.locationId}${input.itemNumber ? ` ${input.itemNumber}` : ''}`,
    warehouseId: input.warehouseId,
    countingBy: 'Location',
    values: [input.locationId],
    itemNumber: input.itemNumber,
  });
  const workId = await nextNumber(db, 'cycle-count-work', { prefix: 'CC-', width: 6 });
  await db
    .insertInto('cycle_count_work')
    .values({
      work_id: workId,
      warehouse_id: input.warehouseId,
      location_id: input.locationId,
      item_number: input.itemNumber ?? '',
      created_by_method: input.createdBy,
      origin_id: input.originId ?? null,
      status: 'Open',
      journal_id: journalId,
      max_percentage: input.tolerance.maxPercentage,
      max_quantity: input.tolerance.maxQuantity,
      created_at: now,
      counted_at: null,
      counted_by: null,
      closed_at: null,
      closed_by: null,
      outcome: null,
      recounts: 0,
      version: 1,
    })
    .execute();
  return workId;
}

/** Cycle count work by hand: the given locations, or every location that holds the item (at most maxWork). */
export async function createManualWork(
  db: Executor,
  now: number,
  actor: string,
  input: { warehouseId: string; locationIds?: string[] | undefined; itemNumber?: string | undefined; maxWork?: number | undefined; tolerance: Tolerance },
): Promise<string[]> {
  let locations = input.locationIds ?? [];
  if (input.locationIds) {
    for (const [i, locationId] of input.locationIds.entries()) {
      const found = await db.selectFrom('locations').select('location_id').where('warehouse_id', '=', input.warehouseId).where('location_id', '=', locationId).executeTakeFirst();
      if (!found) throw missingReference(`/locationIds/${i}`, 'Location', locationId);
    }
  } else if (input.itemNumber) {
    const rows = await db
      .selectFrom('inventory_balances')
      .select('location_id')
      .distinct()
      .where('warehouse_id', '=', input.warehouseId)
      .where('item_number', '=', input.itemNumber)
      .where('location_id', '<>', '')
      .where('physical_qty', '>', 0)
      .orderBy('location_id')
      .execute();
    locations = rows.map((r) => r.location_id);
  }
  if (locations.length === 0) {
    throw new DomainError(CountingErrors.nothingToCount, 'Name locations, or an item that is in stock somewhere', [{ field: 'locationIds', reason: 'nothing to count', value: input.locationIds ?? input.itemNumber }]);
  }
  const created: string[] = [];
  for (const locationId of locations.slice(0, input.maxWork ?? locations.length)) {
    const id = await createCycleWork(db, now, actor, { warehouseId: input.warehouseId, locationId, itemNumber: input.itemNumber, createdBy: 'Manual', tolerance: input.tolerance });
    if (id) created.push(id);
  }
  return created;
}

/** Counting by threshold: work for every location whose on-hand (of the item, if given) fell below the threshold. */
export async function evaluateThresholds(db: Executor, now: number, actor: string, warehouseId?: string): Promise<string[]> {
  let thresholds = db.selectFrom('cycle_count_thresholds').selectAll().orderBy('threshold_id');
  if (warehouseId) thresholds = thresholds.where('warehouse_id', '=', warehouseId);
  const created: string[] = [];
  for (const t of await thresholds.execute()) {
    let query = db
      .selectFrom('inventory_balances as b')
      .innerJoin('locations as l', (j) => j.onRef('l.warehouse_id', '=', 'b.warehouse_id').onRef('l.location_id', '=', 'b.location_id'))
      .innerJoin('location_profiles as p', 'p.profile_id', 'l.profile_id')
      .select(['b.location_id', (eb) => eb.fn.sum<number>('b.physical_qty').as('qty')])
      .where('b.warehouse_id', '=', t.warehouse_id)
      .where('p.allow_cycle_counting', '=', 1);
    if (t.item_number) query = query.where('b.item_number', '=', t.item_number);
    if (t.location_id) query = query.where('b.location_id', '=', t.location_id);
    const low = await query
      .groupBy('b.location_id')
      .having(sql<boolean>`sum(b.physical_qty) < ${Number(t.threshold_qty)}`)
      .orderBy('b.location_id')
      .execute();
    for (const l of low) {
      const id = await createCycleWork(db, now, actor, {
        warehouseId: t.warehouse_id,
        locationId: l.location_id,
        itemNumber: t.item_number || undefined,
        createdBy: 'Threshold',
        originId: t.threshold_id,
        tolerance: { maxPercentage: t.max_percentage, maxQuantity: t.max_quantity === null ? null : Number(t.max_quantity) },
      });
      if (id) created.push(id);
    }
  }
  return created;
}

/**
 * Runs a cycle counting plan: work for at most maxCounts of its locations that have no open work
 * and were not counted in the last daysBetweenCounts days, the longest-uncounted first.
 */
export async function runPlan(db: Executor, now: number, actor: string, planId: string): Promise<string[]> {
  const plan = await db.selectFrom('cycle_count_plans').selectAll().where('plan_id', '=', planId).executeTakeFirst();
  if (!plan) return [];
  const named = fromJson<string[] | null>(plan.location_ids, null);
  let locations = db
    .selectFrom('locations as l')
    .innerJoin('location_profiles as p', 'p.profile_id', 'l.profile_id')
    .select('l.location_id')
    .where('l.warehouse_id', '=', plan.warehouse_id)
    .where('p.allow_cycle_counting', '=', 1);
  if (named) locations = locations.where('l.location_id', 'in', named.length > 0 ? named : ['']);
  if (plan.item_number) {
    locations = locations.where((eb) =>
      eb.exists(
        eb
          .selectFrom('inventory_balances as b')
          .select('b.location_id')
          .whereRef('b.warehouse_id', '=', 'l.warehouse_id')
          .whereRef('b.location_id', '=', 'l.location_id')
          .where('b.item_number', '=', plan.item_number)
          .where('b.physical_qty', '>', 0),
      ),
    );
  }
  const candidates = (await locations.orderBy('l.location_id').execute()).map((r) => r.location_id);
  const work = await db.selectFrom('cycle_count_work').select(['location_id', 'status', 'closed_at']).where('warehouse_id', '=', plan.warehouse_id).execute();
  const since = now - plan.days_between_counts * DAY;
  const lastCounted = new Map<string, number>();
  const busy = new Set<string>();
  for (const w of work) {
    if (OPEN.includes(w.status)) busy.add(w.location_id);
    if (w.closed_at !== null) lastCounted.set(w.location_id, Math.max(lastCounted.get(w.location_id) ?? 0, Number(w.closed_at)));
  }
  const due = candidates
    .filter((l) => !busy.has(l) && (lastCounted.get(l) ?? 0) < since)
    .sort((a, b) => (lastCounted.get(a) ?? 0) - (lastCounted.get(b) ?? 0) || a.localeCompare(b))
    .slice(0, plan.max_counts);
  const created: string[] = [];
  for (const locationId of due) {
    const id = await createCycleWork(db, now, actor, {
      warehouseId: plan.warehouse_id,
      locationId,
      itemNumber: plan.item_number || undefined,
      createdBy: 'Plan',
      originId: plan.plan_id,
      tolerance: { maxPercentage: plan.max_percentage, maxQuantity: plan.max_quantity === null ? null : Number(plan.max_quantity) },
    });
    if (id) created.push(id);
  }
  return created;
}
