import type { Insertable } from 'kysely';
import type { Executor } from '../../../platform/db/database.js';
import { nextNumber } from '../../../platform/db/number-sequences.js';
import { DomainError } from '../../../platform/errors.js';
import type { Clock } from '../../../platform/clock.js';
import type { WorkLinesTable } from '../db/tables.js';
import { loadCandidates, loadDirectives, loadOccupancy } from '../db/directive-inputs.js';
import { choosePutLocation, occupy } from '../domain/location-directives.js';
import type { WorkType } from '../domain/work-status.js';
import { WorkErrors } from '../errors.js';

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
  lines: Array<{ lineNumber: number; lineType: 'Pick' | 'Put'; locationId: string; itemNumber: string; qty: number }>;
}

/**
 * Creates one piece of work inside the caller's transaction: a pick line and a put line per move,
 * with put locations from the location directives. Fails (and so rolls the caller back) when no
 * template matches or the directives find no location: stock must never wait for work that cannot exist.
 */
export async function createWork(trx: Executor, ctx: { clock: Clock }, spec: WorkSpec): Promise<CreatedWork> {
  const now = ctx.clock.now();
  let templates = trx
    .selectFrom('work_templates')
    .select('template_id')
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

  const needsDirectives = spec.moves.some((m) => m.to === undefined);
  const [directives, candidates, occupancy] = needsDirectives
    ? await Promise.all([
        loadDirectives(trx, spec.warehouseId, spec.workType, 'Put'),
        loadCandidates(trx, spec.warehouseId),
        loadOccupancy(trx, spec.warehouseId),
      ])
    : [[], [], new Map<string, Map<string, number>>()];

  const workId = await nextNumber(trx, 'work', { prefix: 'W-', width: 8 });
  const rows: Insertable<WorkLinesTable>[] = [];
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
    const pickNumber = i * 2 + 1;
    rows.push(
      { ...common, line_number: pickNumber, line_type: 'Pick', pick_line_number: null, location_id: m.from.locationId, license_plate_id: m.from.licensePlateId ?? '' },
      { ...common, line_number: pickNumber + 1, line_type: 'Put', pick_line_number: pickNumber, location_id: to.locationId, license_plate_id: to.licensePlateId ?? '' },
    );
  }

  await trx
    .insertInto('work_headers')
    .values({
      work_id: workId,
      work_type: spec.workType,
      warehouse_id: spec.warehouseId,
      status: 'Open',
      template_id: template.template_id,
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
    })
    .execute();
  if (rows.length > 0) await trx.insertInto('work_lines').values(rows).execute();
  return {
    workId,
    templateId: template.template_id,
    lines: rows.map((r) => ({ lineNumber: r.line_number, lineType: r.line_type as 'Pick' | 'Put', locationId: r.location_id ?? '', itemNumber: r.item_number, qty: r.qty })),
  };
}
