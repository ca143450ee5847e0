import type { Executor } from '../../../platform/db/database.js';
import { nestingProblems, parentsFirst, type PlateNode } from '../domain/license-plate-nesting.js';
import { equals } from './filters.js';
import { createdAtField, keyField, refField, type BatchProblem, type Change, type ResourceSpec } from './spec.js';

function nodeOf(change: Change): PlateNode & { change: Change } {
  return {
    licensePlateId: change.record.licensePlateId as string,
    parentLicensePlateId: (change.record.parentLicensePlateId as string | null) ?? null,
    warehouseId: (change.record.warehouseId as string | null) ?? null,
    change,
  };
}

interface PlateRow {
  license_plate_id: string;
  parent_license_plate_id: string | null;
  warehouse_id: string | null;
}

/** The changed plates as they will be, plus their stored ancestors, walked up a level per query. */
async function knownPlates(db: Executor, changed: readonly PlateNode[]): Promise<Map<string, PlateNode>> {
  const known = new Map<string, PlateNode>(changed.map((p) => [p.licensePlateId, p]));
  let wanted = [...new Set(changed.map((p) => p.parentLicensePlateId).filter((id): id is string => id !== null && !known.has(id)))];
  while (wanted.length > 0) {
    const rows: PlateRow[] = await db
      .selectFrom('license_plates')
      .select(['license_plate_id', 'parent_license_plate_id', 'warehouse_id'])
      .where('license_plate_id', 'in', wanted)
      .execute();
    for (const r of rows) known.set(r.license_plate_id, { licensePlateId: r.license_plate_id, parentLicensePlateId: r.parent_license_plate_id, warehouseId: r.warehouse_id });
    wanted = [...new Set(rows.map((r) => r.parent_license_plate_id).filter((id): id is string => id !== null && !known.has(id)))];
  }
  return known;
}

/** A plate that moves to another warehouse may not leave nested plates behind in the old one. */
async function strandedChildren(db: Executor, changes: readonly Change[]): Promise<BatchProblem[]> {
  const moved = changes.filter((c) => c.before && c.record.warehouseId !== null && c.record.warehouseId !== c.before.warehouseId);
  if (moved.length === 0) return [];
  const inBatch = new Set(changes.map((c) => c.record.licensePlateId));
  const rows: PlateRow[] = await db
    .selectFrom('license_plates')
    .select(['license_plate_id', 'parent_license_plate_id', 'warehouse_id'])
    .where(
      'parent_license_plate_id',
      'in',
      moved.map((c) => String(c.record.licensePlateId)),
    )
    .where('warehouse_id', 'is not', null)
    .execute();
  const problems: BatchProblem[] = [];
  for (const child of rows) {
    const parent = moved.find((c) => c.record.licensePlateId === child.parent_license_plate_id);
    if (!parent || inBatch.has(child.license_plate_id) || child.warehouse_id === parent.record.warehouseId) continue;
    problems.push({
      index: parent.index,
      field: 'warehouseId',
      reason: `nested license plate '${child.license_plate_id}' is in warehouse '${String(child.warehouse_id)}'`,
      value: parent.record.warehouseId,
    });
  }
  return problems;
}

/** A license plate identifies a load carrier (pallet, carton); plates may be nested. */
export const licensePlates: ResourceSpec = {
  noun: 'license plate',
  plural: 'license plates',
  path: 'license-plates',
  table: 'license_plates',
  tag: 'license plates',
  fields: {
    licensePlateId: keyField('license_plate_id', 'License plate id'),
    warehouseId: refField('warehouse_id', 'Warehouse the plate is in, when known'),
    parentLicensePlateId: refField('parent_license_plate_id', 'The plate this one is nested on (a carton on a pallet)'),
    createdAt: createdAtField('created_at'),
  },
  key: ['licensePlateId'],
  references: [
    { fields: ['warehouseId'], table: 'warehouses', columns: ['warehouse_id'], what: 'warehouse' },
    { fields: ['parentLicensePlateId'], table: 'license_plates', columns: ['license_plate_id'], what: 'license plate' },
  ],
  dependents: [{ table: 'license_plates', columns: ['parent_license_plate_id'], what: 'nested license plates' }],
  filters: {
    warehouseId: equals('r.warehouse_id'),
    parentLicensePlateId: equals('r.parent_license_plate_id'),
  },
  clientsMayRead: false,
  checkBatch: async (db, changes) => {
    const nodes = changes.map(nodeOf);
    const known = await knownPlates(db, nodes);
    const problems: BatchProblem[] = nestingProblems(nodes, known).map((p) => ({ ...p, index: nodes[p.index]?.change.index ?? p.index }));
    problems.push(...(await strandedChildren(db, changes)));
    return problems;
  },
  writeOrder: (changes) => parentsFirst(changes.map(nodeOf)).map((n) => n.change),
};
