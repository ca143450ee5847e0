import type { Executor } from '../../../platform/db/database.js';
import { bool, flag } from '../../../platform/db/json.js';
import { DomainError, invalid, missingReference } from '../../../platform/errors.js';
import type { LocationDirectivesTable, WorkTemplatesTable } from '../db/tables.js';
import { WorkErrors } from '../errors.js';

export interface WorkTemplateInput {
  templateId: string;
  name: string;
  workType: string;
  warehouseId?: string | null;
  sequence: number;
  active?: boolean;
  maxPickLines?: number | null;
  groupPuts?: boolean;
}

export interface LocationDirectiveInput {
  directiveId: string;
  name: string;
  workType: string;
  lineType?: string;
  warehouseId: string;
  sequence: number;
  itemNumber?: string | null;
  inventoryOwnerId?: string | null;
  inventoryStatusId?: string | null;
  zoneId?: string | null;
  locationType?: string | null;
  respectCapacity?: boolean;
  oneItemPerLocation?: boolean;
  fallbackLocationId?: string | null;
  active?: boolean;
}

export const templateView = (r: WorkTemplatesTable) => ({
  templateId: r.template_id,
  name: r.name,
  workType: r.work_type,
  warehouseId: r.warehouse_id,
  sequence: r.sequence,
  active: flag(r.active),
  maxPickLines: r.max_pick_lines,
  groupPuts: flag(r.group_puts),
  version: r.version,
});

export const directiveView = (r: LocationDirectivesTable) => ({
  directiveId: r.directive_id,
  name: r.name,
  workType: r.work_type,
  lineType: r.line_type,
  warehouseId: r.warehouse_id,
  sequence: r.sequence,
  itemNumber: r.item_number,
  inventoryOwnerId: r.owner_id,
  inventoryStatusId: r.inventory_status_id,
  zoneId: r.zone_id,
  locationType: r.location_type,
  respectCapacity: flag(r.respect_capacity),
  oneItemPerLocation: flag(r.one_item_per_location),
  fallbackLocationId: r.fallback_location_id,
  active: flag(r.active),
  version: r.version,
});

async function requireWarehouse(db: Executor, warehouseId: string | null | undefined): Promise<void> {
  if (!warehouseId) return;
  const w = await db.selectFrom('warehouses').select('warehouse_id').where('warehouse_id', '=', warehouseId).executeTakeFirst();
  if (!w) throw missingReference('warehouseId', 'Warehouse', warehouseId);
}

async function checkDirectiveReferences(db: Executor, d: LocationDirectiveInput): Promise<void> {
  await requireWarehouse(db, d.warehouseId);
  if (d.itemNumber && !(await db.selectFrom('items').select('item_number').where('item_number', '=', d.itemNumber).executeTakeFirst())) throw missingReference('itemNumber', 'Item', d.itemNumber);
  if (d.inventoryOwnerId && !(await db.selectFrom('inventory_owners').select('owner_id').where('owner_id', '=', d.inventoryOwnerId).executeTakeFirst())) throw missingReference('inventoryOwnerId', 'Inventory owner', d.inventoryOwnerId);
  if (d.inventoryStatusId && !(await db.selectFrom('inventory_statuses').select('status_id').where('status_id', '=', d.inventoryStatusId).executeTakeFirst())) throw missingReference('inventoryStatusId', 'Inventory status', d.inventoryStatusId);
  if (d.zoneId && !(await db.selectFrom('zones').select('zone_id').where('warehouse_id', '=', d.warehouseId).where('zone_id', '=', d.zoneId).executeTakeFirst())) throw missingReference('zoneId', 'Zone in this warehouse', d.zoneId);
  if (d.fallbackLocationId && !(await db.selectFrom('locations').select('location_id').where('warehouse_id', '=', d.warehouseId).where('location_id', '=', d.fallbackLocationId).executeTakeFirst())) {
    throw missingReference('fallbackLocationId', 'Location in this warehouse', d.fallbackLocationId);
  }
}

const directiveRow = (d: LocationDirectiveInput) => ({
  name: d.name,
  work_type: d.workType,
  line_type: d.lineType ?? 'Put',
  warehouse_id: d.warehouseId,
  sequence: d.sequence,
  item_number: d.itemNumber ?? null,
  owner_id: d.inventoryOwnerId ?? null,
  inventory_status_id: d.inventoryStatusId ?? null,
  zone_id: d.zoneId ?? null,
  location_type: d.locationType ?? null,
  respect_capacity: bool(d.respectCapacity ?? true),
  one_item_per_location: bool(d.oneItemPerLocation ?? false),
  fallback_location_id: d.fallbackLocationId ?? null,
  active: bool(d.active ?? true),
});

/**
 * null is "no limit"; 0 is refused rather than read as "no limit" (or as one line), since a piece of
 * work with at most no pick lines means nothing a planner would want.
 */
function checkMaxPickLines(t: WorkTemplateInput): void {
  if (t.maxPickLines !== undefined && t.maxPickLines !== null && !(Number.isInteger(t.maxPickLines) && t.maxPickLines >= 1)) {
    throw invalid('maxPickLines', 'must be 1 or more; null means no limit', t.maxPickLines);
  }
}

const templateRow = (t: WorkTemplateInput) => ({
  name: t.name,
  work_type: t.workType,
  warehouse_id: t.warehouseId ?? null,
  sequence: t.sequence,
  active: bool(t.active ?? true),
  max_pick_lines: t.maxPickLines ?? null,
  group_puts: bool(t.groupPuts ?? false),
});

export async function createTemplate(db: Executor, t: WorkTemplateInput) {
  checkMaxPickLines(t);
  await requireWarehouse(db, t.warehouseId);
  if (await db.selectFrom('work_templates').select('template_id').where('template_id', '=', t.templateId).executeTakeFirst()) {
    throw new DomainError(WorkErrors.setupExists, `Work template '${t.templateId}' already exists`, [{ field: 'templateId', reason: 'already exists', value: t.templateId }]);
  }
  const row = await db.insertInto('work_templates').values({ template_id: t.templateId, ...templateRow(t), version: 1 }).returningAll().executeTakeFirstOrThrow();
  return templateView(row);
}

export async function updateTemplate(db: Executor, t: WorkTemplateInput) {
  checkMaxPickLines(t);
  await requireWarehouse(db, t.warehouseId);
  const row = await db.updateTable('work_templates').set((eb) => ({ ...templateRow(t), version: eb('version', '+', 1) })).where('template_id', '=', t.templateId).returningAll().executeTakeFirst();
  if (!row) throw new DomainError(WorkErrors.setupNotFound, `Work template '${t.templateId}' does not exist`);
  return templateView(row);
}

export async function createDirective(db: Executor, d: LocationDirectiveInput) {
  await checkDirectiveReferences(db, d);
  if (await db.selectFrom('location_directives').select('directive_id').where('directive_id', '=', d.directiveId).executeTakeFirst()) {
    throw new DomainError(WorkErrors.setupExists, `Location directive '${d.directiveId}' already exists`, [{ field: 'directiveId', reason: 'already exists', value: d.directiveId }]);
  }
  const row = await db.insertInto('location_directives').values({ directive_id: d.directiveId, ...directiveRow(d), version: 1 }).returningAll().executeTakeFirstOrThrow();
  return directiveView(row);
}

export async function updateDirective(db: Executor, d: LocationDirectiveInput) {
  await checkDirectiveReferences(db, d);
  const row = await db.updateTable('location_directives').set((eb) => ({ ...directiveRow(d), version: eb('version', '+', 1) })).where('directive_id', '=', d.directiveId).returningAll().executeTakeFirst();
  if (!row) throw new DomainError(WorkErrors.setupNotFound, `Location directive '${d.directiveId}' does not exist`);
  return directiveView(row);
}

/** Deletes a work template; work made from it keeps the template's id. */
export async function deleteTemplate(db: Executor, templateId: string): Promise<void> {
  const r = await db.deleteFrom('work_templates').where('template_id', '=', templateId).executeTakeFirst();
  if (Number(r.numDeletedRows) === 0) throw new DomainError(WorkErrors.setupNotFound, `Work template '${templateId}' does not exist`);
}

export async function deleteDirective(db: Executor, directiveId: string): Promise<void> {
  const r = await db.deleteFrom('location_directives').where('directive_id', '=', directiveId).executeTakeFirst();
  if (Number(r.numDeletedRows) === 0) throw new DomainError(WorkErrors.setupNotFound, `Location directive '${directiveId}' does not exist`);
}
