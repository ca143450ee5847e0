import { CommonErrors, DomainError, type FieldProblem } from '../../../platform/errors.js';
import { qtyToNumber } from '../../../platform/quantity.js';
import type { ReferenceReader } from '../../master-data/index.js';
import type { SourceSystem } from '../../source-systems/index.js';
import { duplicateLineNumbers, ownItems, resolveOrderLine, type LineFieldNames, type LineProblem, type ResolvedOrderLine } from './resolve-order-line.js';

/** A line of a manual order as the desk sends it (quantities already in micro-units). */
export interface ManualOrderLine {
  lineNumber: number;
  itemNumber: string;
  /** Micro-units of unitSymbol. */
  qty: number;
  unitSymbol: string;
  inventoryStatusId?: string | undefined;
  inventoryOwnerId?: string | undefined;
  batchNumber?: string | null | undefined;
  /** Micro-units of a percent. */
  overdeliveryPct?: number | undefined;
  underdeliveryPct?: number | undefined;
}

/**
 * Resolves a manual order's lines by the same rules as a message's (see resolveOrderLine), with
 * Quayside's own item numbers. Problems name the request's fields (`lines/0/itemNumber`).
 */
export async function resolveManualLines(
  refs: ReferenceReader,
  system: SourceSystem,
  lines: readonly ManualOrderLine[],
  fields: LineFieldNames,
): Promise<{ lines: Array<ResolvedOrderLine & { lineNumber: number }>; problems: FieldProblem[] }> {
  const problems: LineProblem[] = duplicateLineNumbers(lines, (i) => `lines/${String(i)}/orderLineNumber`);
  const resolved: Array<ResolvedOrderLine & { lineNumber: number }> = [];
  const items = ownItems(refs);
  for (const [i, l] of lines.entries()) {
    const line = await resolveOrderLine(
      refs,
      system,
      items,
      {
        itemNumber: l.itemNumber,
        quantity: qtyToNumber(l.qty),
        unitSymbol: l.unitSymbol,
        inventoryStatusId: l.inventoryStatusId,
        inventoryOwnerId: l.inventoryOwnerId,
        itemBatchNumber: l.batchNumber ?? undefined,
        overdeliveryPercentage: l.overdeliveryPct === undefined ? undefined : qtyToNumber(l.overdeliveryPct),
        underdeliveryPercentage: l.underdeliveryPct === undefined ? undefined : qtyToNumber(l.underdeliveryPct),
      },
      (field) => `lines/${String(i)}/${field}`,
      fields,
      problems,
    );
    if (line) resolved.push({ ...line, lineNumber: l.lineNumber });
  }
  return { lines: resolved, problems: problems.map((p) => ({ field: p.field, reason: p.text, value: p.value })) };
}

/** Refuses a manual order with every problem found, naming each field. */
export function refuseInvalidManualOrder(problems: readonly FieldProblem[]): void {
  if (problems.length === 0) return;
  throw new DomainError(CommonErrors.validation, `The manual order is not valid: ${problems.map((p) => `${p.field}: ${p.reason}`).join('; ')}`, [...problems]);
}
