/** Nested license plates (a carton on a pallet) form a tree: no plate may end up inside itself. */
export interface PlateNode {
  licensePlateId: string;
  parentLicensePlateId: string | null;
  warehouseId: string | null;
}

export interface NestingProblem {
  index: number;
  field: 'parentLicensePlateId';
  reason: string;
  value: string;
}

/**
 * Problems of the changed plates, judged against `known`: every plate the change touches and their
 * ancestors, as they will be after the change. Missing parents are the reference check's business.
 */
export function nestingProblems(changed: readonly PlateNode[], known: ReadonlyMap<string, PlateNode>): NestingProblem[] {
  const problems: NestingProblem[] = [];
  changed.forEach((plate, index) => {
    const parentId = plate.parentLicensePlateId;
    if (parentId === null) return;
    if (parentId === plate.licensePlateId) {
      problems.push({ index, field: 'parentLicensePlateId', reason: 'a license plate cannot contain itself', value: parentId });
      return;
    }
    const parent = known.get(parentId);
    if (parent && parent.warehouseId !== null && plate.warehouseId !== null && parent.warehouseId !== plate.warehouseId) {
      problems.push({ index, field: 'parentLicensePlateId', reason: `the parent license plate is in warehouse '${parent.warehouseId}'`, value: parentId });
    }
    const seen = new Set<string>();
    let current: string | null = parentId;
    while (current !== null && !seen.has(current)) {
      if (current === plate.licensePlateId) {
        problems.push({ index, field: 'parentLicensePlateId', reason: 'the license plate would end up inside itself', value: parentId });
        return;
      }
      seen.add(current);
      current = known.get(current)?.parentLicensePlateId ?? null;
    }
  });
  return problems;
}

/** The order to write plates in so that a parent exists before its children (foreign keys are checked per statement). */
export function parentsFirst<T extends PlateNode>(plates: readonly T[]): T[] {
  const byId = new Map(plates.map((p) => [p.licensePlateId, p]));
  const out: T[] = [];
  const placed = new Set<string>();
  const place = (plate: T, path: Set<string>): void => {
    if (placed.has(plate.licensePlateId) || path.has(plate.licensePlateId)) return;
    path.add(plate.licensePlateId);
    const parent = plate.parentLicensePlateId === null ? undefined : byId.get(plate.parentLicensePlateId);
    if (parent) place(parent, path);
    placed.add(plate.licensePlateId);
    out.push(plate);
  };
  for (const plate of plates) place(plate, new Set());
  return out;
}
