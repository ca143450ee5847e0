import type { Insertable } from 'kysely';
import type { Executor } from '../../../platform/db/database.js';
import { nextNumber } from '../../../platform/db/number-sequences.js';
import { DomainError } from '../../../platform/errors.js';
import type { Clock } from '../../../platform/clock.js';
import type { WorkLinesTable } from '../db/tables.js';
import { loadCandidates, loadDirectives, loadOccupancy } from '../db/directive-inputs.js';
import { choosePutLocation, locationsToWeigh, occupy } from '../domain/location-directives.js';
import type { WorkType } from '../domain/work-status.js';
import { WorkErrors } from '../errors.js';
import { chunks } from '../../../platform/event-loop.js';

/** Where stock is taken from or brought to. */
export interface WorkPlace {
  locationId: string;
  licensePlateId?: string | null;
}

/** One move of stock: a pick line at `from` and a put line at `to` (chosen by the location directives when absent). */
export interface WorkMove {
  itemNumber: string;
  /** Micro-units of the item's inventory unit. */
  qty: number;
  unit: string;
  ownerId: string;
  inventoryStatusId: string;
  batchNumber?: string | null;
  serialNumber?: string | null;
  from: WorkPlace;
  to?: WorkPlace;
}

export interface WorkSpec {
  workType: WorkType;
  warehouseId: string;
  referenceType: string;
  referenceId: string;
  sourceSystemId: string | null;
  /** A specific template; otherwise the active template with the lowest sequence for the type and warehouse. */
  templateId?: string;
  moves: readonly WorkMove[];
}

export interface CreatedWork {
  workId: string;
  templateId: string;
  /** By move (of this piece of work), the number of its pick line. */
  pickLineNumbers: number[];
  lines: Array<{ lineNumber: number; lineType: 'Pick' | 'Put'; locationId: string; itemNumber: string; qty: number }>;
}

/** One created piece of work and, for each move given to createWorks, which work and pick line carry it. */
export interface CreatedWorks {
  works: CreatedWork[];
  /** By move index: the work and its pick line (the put line follows it). */
  placements: Array<{ workId: string; pickLineNumber: number }>;
}

/**
 * Creates one piece of work inside the caller's transaction: a pick line and a put line per move,
 * with put locations from the location directives. Fails (and so rolls the caller back) when no
 * template matches or the directives find no location: stock must never wait for work that cannot exist.
 * The template's pick-line maximum does not apply here (put-away of one receipt stays one piece).
 */
export async function createWork(trx: Executor, ctx: { clock: Clock }, spec: WorkSpec): Promise<CreatedWork> {
  const template = await findTemplate(trx, spec);
  const [work] = await insertWorks(trx, ctx.clock.now(), spec, template, await placeMoves(trx, spec), Math.max(1, spec.moves.length));
  return work as CreatedWork;
}

/**
 * Like createWork, but honours the template's maximum pick lines: more moves than that are split,
 * in order, into several pieces of work that different workers can take at the same time.
 */
export async function createWorks(trx: Executor, ctx: { clock: Clock }, spec: WorkSpec): Promise<CreatedWorks> {
  const template = await findTemplate(trx, spec);
  const perWork = Math.max(1, template.max_pick_lines ?? spec.moves.length);
  const works = await insertWorks(trx, ctx.clock.now(), spec, template, await placeMoves(trx, spec), perWork);
  const placements = spec.moves.map((_, i) => {
    const work = works[Math.floor(i / perWork)] as CreatedWork;
    return { workId: work.workId, pickLineNumber: work.pickLineNumbers[i % perWork] as number };
  });
  return { works, placements };
}

type Template = { template_id: string; max_pick_lines: number | null; group_puts: number };

async function findTemplate(trx: Executor, spec: WorkSpec): Promise<Template> {
  let templates = trx
    .selectFrom('work_templates')
    .select(['template_id', 'max_pick_lines', 'group_puts'])
    .where('work_type', '=', spec.workType)
    .where('active', '=', 1)
    .where((eb) => eb.or([eb('warehouse_id', 'is', null), eb('warehouse_id', '=', spec.warehouseId)]));
  if (spec.templateId !== undefined) templates = templates.where('template_id', '=', spec.templateId);
  const template = await templates.orderBy('sequence').orderBy('template_id').executeTakeFirst();
  if (!template) {
    throw new DomainError(WorkErrors.noTemplate, `No active ${spec.workType} work template for warehouse '${spec.warehouseId}'`, [
      { field: 'workTemplate', reason: 'no active template matches the work type and warehouse', value: spec.templateId ?? spec.workType },
    ]);
  }
  return template;
}

/** The put place of every move: given, or chosen by the location directives (counting earlier moves as occupying). */
async function placeMoves(trx: Executor, spec: WorkSpec): Promise<WorkPlace[]> {
  const needsDirectives = spec.moves.some((m) => m.to === undefined);
  const [directives, candidates] = needsDirectives ? await Promise.all([loadDirectives(trx, spec.warehouseId, spec.workType, 'Put'), loadCandidates(trx, spec.warehouseId)]) : [[], []];
  const weighed = locationsToWeigh(directives, candidates);
  const occupancy = weighed.length > 0 ? await loadOccupancy(trx, spec.warehouseId, weighed) : new Map<string, Map<string, number>>();
  const places: WorkPlace[] = [];
  for (const [i, m] of spec.moves.entries()) {
    let to = m.to;
    if (to === undefined) {
      const decision = choosePutLocation(directives, candidates, occupancy, {
        itemNumber: m.itemNumber,
        ownerId: m.ownerId,
        inventoryStatusId: m.inventoryStatusId,
        qty: m.qty,
        exclude: [m.from.locationId],
      });
      if (decision.locationId === null) {
        throw new DomainError(WorkErrors.noLocation, `No put location for item '${m.itemNumber}' in warehouse '${spec.warehouseId}': ${decision.reason}`, [
          { field: `moves/${String(i)}`, reason: decision.reason, value: m.itemNumber },
        ]);
      }
      // Stock on a license plate travels on it.
      to = { locationId: decision.locationId, licensePlateId: m.from.licensePlateId ?? null };
    }
    occupy(occupancy, to.locationId, m.itemNumber, m.qty);
    places.push(to);
  }
  return places;
}

/**
 * Inserts the moves as pieces of work of at most `perWork` moves each, numbered in order: pick, put, pick,
 * put... or, when the template groups puts (pick-pick-put), every pick first and then the puts.
 */
async function insertWorks(trx: Executor, now: number, spec: WorkSpec, template: Template, places: WorkPlace[], perWork: number): Promise<CreatedWork[]> {
  const templateId = template.template_id;
  const grouped = template.group_puts === 1;
  const works: CreatedWork[] = [];
  for (let first = 0; first < Math.max(1, spec.moves.length); first += perWork) {
    const workId = await nextNumber(trx, 'work', { prefix: 'W-', width: 8 });
    const rows: Insertable<WorkLinesTable>[] = [];
    const slice = spec.moves.slice(first, first + perWork);
    const pickLineNumbers: number[] = [];
    for (const [j, m] of slice.entries()) {
      const to = places[first + j] as WorkPlace;
      const common = {
        work_id: workId,
        item_number: m.itemNumber,
        owner_id: m.ownerId,
        inventory_status_id: m.inventoryStatusId,
        batch_number: m.batchNumber ?? '',
        serial_number: m.serialNumber ?? '',
        qty: m.qty,
        unit: m.unit,
        handled_qty: 0,
        status: 'Open',
      };
      const pickNumber = grouped ? j + 1 : j * 2 + 1;
      const putNumber = grouped ? slice.length + j + 1 : pickNumber + 1;
      pickLineNumbers.push(pickNumber);
      rows.push(
        { ...common, line_number: pickNumber, line_type: 'Pick', pick_line_number: null, location_id: m.from.locationId, license_plate_id: m.from.licensePlateId ?? '' },
        { ...common, line_number: putNumber, line_type: 'Put', pick_line_number: pickNumber, location_id: to.locationId, license_plate_id: to.licensePlateId ?? '' },
      );
    }
    rows.sort((a, b) => a.line_number - b.line_number);
    await trx
      .insertInto('work_headers')
      .values({
        work_id: workId,
        work_type: spec.workType,
        warehouse_id: spec.warehouseId,
        status: 'Open',
        template_id: templateId,
        reference_type: spec.referenceType,
        reference_id: spec.referenceId,
        source_system_id: spec.sourceSystemId,
        assigned_worker: null,
        cancel_reason: null,
        version: 1,
        created_at: now,
        updated_at: now,
        started_at: null,
        closed_at: null,
        waits_for_work_id: null,
        group_puts: template.group_puts,
      })
      .execute();
    for (const part of chunks(rows)) await trx.insertInto('work_lines').values(part).execute();
    works.push({
      workId,
      templateId,
      pickLineNumbers,
      lines: rows.map((r) => ({ lineNumber: r.line_number, lineType: r.line_type as 'Pick' | 'Put', locationId: r.location_id ?? '', itemNumber: r.item_number, qty: r.qty })),
    });
  }
  return works;
}

/**
 * The given work waits for `waitsForWorkId` (the replenishment of its pick face): it cannot be taken or
 * confirmed until that work is closed, when the wait ends by itself.
 */
export async function waitForWork(trx: Executor, now: number, workIds: readonly string[], waitsForWorkId: string): Promise<void> {
  if (workIds.length === 0) return;
  await trx.updateTable('work_headers').set({ waits_for_work_id: waitsForWorkId, updated_at: now }).where('work_id', 'in', [...workIds]).execute();
}
