import type { AppContext } from '../../../platform/context.js';
import type { Executor } from '../../../platform/db/database.js';
import { DomainError } from '../../../platform/errors.js';
import { qtyToNumber } from '../../../platform/quantity.js';
import { activeOrderLine, addToLoad, bumpLoad, findLoad, insertLoad } from '../db/loads.js';
import { loadView } from '../db/load-views.js';
import { isPlannable } from '../domain/load-status.js';
import type { LoadOverReceiptPolicy } from '../domain/tolerance.js';
import { InboundErrors } from '../errors.js';
import { runCommand } from '../../../platform/command.js';

export interface PlannedLine {
  orderNumber: string;
  lineNumber: number;
  /** Micro-units of the inventory unit; the line's whole open quantity when absent. */
  qty?: number;
}

export interface NewLoadInput {
  warehouseId: string;
  sourceSystemId?: string | null;
  loadOverReceiptPolicy?: LoadOverReceiptPolicy | null;
  transport?: Record<string, unknown>;
  lines?: PlannedLine[];
}

/** What is still open to plan of an order line: its quantity less what other loads already carry. */
async function openToPlan(db: Executor, lotId: number, expected: number): Promise<number> {
  const row = await db.selectFrom('inbound_load_lines').select((eb) => eb.fn.sum<number>('qty').as('qty')).where('lot_id', '=', lotId).executeTakeFirst();
  return Math.max(0, expected - Number(row?.qty ?? 0));
}

async function addLines(db: Executor, loadId: string, lines: readonly PlannedLine[]): Promise<void> {
  const load = await findLoad(db, loadId);
  for (const [i, p] of lines.entries()) {
    const line = await activeOrderLine(db, p.orderNumber, p.lineNumber, `lines/${String(i)}`);
    const qty = p.qty ?? (await openToPlan(db, line.id, line.expected_inventory_qty));
    if (qty <= 0) {
      throw new DomainError(InboundErrors.loadLineInvalid, `Order line ${p.orderNumber}/${String(p.lineNumber)} has nothing left to plan`, [
        { field: `lines/${String(i)}/quantity`, reason: 'nothing left to plan on a load', value: qtyToNumber(qty) },
      ]);
    }
    await addToLoad(db, { ...load, source_system_id: load.source_system_id ?? line.source_system_id }, line, qty, null, `lines/${String(i)}/quantity`);
    if (load.source_system_id === null) {
      await db.updateTable('inbound_loads').set({ source_system_id: line.source_system_id }).where('load_id', '=', loadId).execute();
      load.source_system_id = line.source_system_id;
    }
  }
}

/** The inbound load planning workbench: a new load, optionally with order lines. */
export async function createLoad(ctx: AppContext, input: NewLoadInput) {
  return runCommand(ctx, async ({ trx, now }) => {
    const loadId = await insertLoad(trx, now, {
      warehouseId: input.warehouseId,
      sourceSystemId: input.sourceSystemId ?? null,
      origin: 'Manual',
      transport: input.transport,
      overReceiptPolicy: input.loadOverReceiptPolicy ?? null,
    });
    await addLines(trx, loadId, input.lines ?? []);
    return loadView(trx, await findLoad(trx, loadId));
  });
}

export async function addLoadLines(ctx: AppContext, loadId: string, lines: PlannedLine[]) {
  return runCommand(ctx, async ({ trx, now }) => {
    const load = await findLoad(trx, loadId);
    if (!isPlannable(load.status)) throw new DomainError(InboundErrors.loadStatus, `Inbound load '${loadId}' is ${load.status}`, [{ field: 'loadId', reason: `load is ${load.status}`, value: loadId }]);
    await addLines(trx, loadId, lines);
    await bumpLoad(trx, load, now, {});
    return loadView(trx, await findLoad(trx, loadId));
  });
}

/**
 * Moves (part of) an order line's unregistered quantity from one load to another. What was already
 * registered on the source load stays there.
 */
export async function moveLoadLine(ctx: AppContext, input: { loadId: string; targetLoadId: string; orderNumber: string; lineNumber: number; qty?: number }) {
  return runCommand(ctx, async ({ trx, now }) => {
    const [source, target] = [await findLoad(trx, input.loadId), await findLoad(trx, input.targetLoadId)];
    for (const l of [source, target]) {
      if (!isPlannable(l.status)) throw new DomainError(InboundErrors.loadStatus, `Inbound load '${l.load_id}' is ${l.status}`, [{ field: 'loadId', reason: `load is ${l.status}`, value: l.load_id }]);
    }
    const line = await activeOrderLine(trx, input.orderNumber, input.lineNumber);
    const loadLine = await trx.selectFrom('inbound_load_lines').selectAll().where('load_id', '=', source.load_id).where('lot_id', '=', line.id).executeTakeFirst();
    const movable = loadLine ? loadLine.qty - loadLine.registered_qty : 0;
    const qty = input.qty ?? movable;
    if (!loadLine || qty <= 0 || qty > movable) {
      throw new DomainError(InboundErrors.loadLineInvalid, `Load '${source.load_id}' has ${String(qtyToNumber(movable))} of order line ${input.orderNumber}/${String(input.lineNumber)} that can be moved`, [
        { field: 'quantity', reason: 'more than the unregistered quantity on the source load', value: qtyToNumber(qty) },
      ]);
    }
    if (loadLine.qty - qty === 0 && loadLine.registered_qty === 0) await trx.deleteFrom('inbound_load_lines').where('id', '=', loadLine.id).execute();
    else await trx.updateTable('inbound_load_lines').set({ qty: loadLine.qty - qty }).where('id', '=', loadLine.id).execute();
    await addToLoad(trx, target, line, qty);
    await bumpLoad(trx, source, now, {});
    await bumpLoad(trx, target, now, {});
    return { source: await loadView(trx, await findLoad(trx, source.load_id)), target: await loadView(trx, await findLoad(trx, target.load_id)) };
  });
}
