/** Weights are whole grams. */
export interface PackedLineWeight {
  itemNumber: string;
  /** Micro-units of the inventory unit. */
  qty: number;
  unitWeightGrams: number | null;
}

/** The computed weight of a container: tare plus every line's quantity times its item's unit weight; undefined when an item has no weight. */
export function computedWeight(tareGrams: number, lines: readonly PackedLineWeight[]): { grams: number } | { missing: string[] } {
  const missing = [...new Set(lines.filter((l) => l.unitWeightGrams === null).map((l) => l.itemNumber))];
  if (missing.length > 0) return { missing };
  // qty is in micro-units: grams = qty * unit weight / 1e6, rounded up to a whole gram per line.
  const grams = lines.reduce((sum, l) => sum + Math.ceil((l.qty * (l.unitWeightGrams ?? 0)) / 1_000_000), tareGrams);
  return { grams };
}
