import type { AppContext } from '../../../platform/context.js';
import { journalsExcludedFromUpdateLog, sourceSystemScope } from '../../counting/index.js';
import { appendEvents } from '../../events/index.js';
import { findSourceSystem } from '../../source-systems/index.js';
import { latestLedgerIdAt, ledgerRowsAfter, type LedgerRow } from '../../inventory/index.js';
import { updateLogDecision } from '../domain/update-log-rules.js';
import { runCommand } from '../../../platform/command.js';

/**
 * Ledger rows are numbered when inserted but become visible when their transaction commits, so
 * the scan mark only passes rows older than this; younger ones are looked at again next time and
 * the unique (source system, ledger row) key keeps them from being logged twice.
 */
const SETTLE_MS = 5 * 60_000;
const PAGE = 1000;

/**
 * The "Publish warehouse inventory update log updates" process for one source system: logs every
 * new ledger row of its owners' and items' stock that its settings make of interest, numbers the
 * entries in a locked sequence (the read cursor) and raises warehouseInventoryUpdateLog.published.
 * Returns how many entries it published.
 */
export async function publishUpdateLog(ctx: AppContext, sourceSystemId: string): Promise<number> {
  const published = await runCommand(ctx, async ({ trx, now }) => {
    const system = await findSourceSystem(trx, sourceSystemId);
    if (!system) return 0;
    await trx
      .insertInto('update_log_state')
      .values({ source_system_id: sourceSystemId, scanned_through_ledger_id: 0, last_sequence: 0, updated_at: now })
      .onConflict((oc) => oc.column('source_system_id').doNothing())
      .execute();
    // The update takes the row lock: publishers of one source system run one after the other.
    const state = await trx.updateTable('update_log_state').set({ updated_at: now }).where('source_system_id', '=', sourceSystemId).returningAll().executeTakeFirstOrThrow();
    const settings = { inbound: system.inboundWarehouseInventoryUpdateLogs, outbound: system.outboundWarehouseInventoryUpdateLogs };
    const scope = await sourceSystemScope(trx, sourceSystemId);

    const candidates: LedgerRow[] = [];
    let cursor = Number(state.scanned_through_ledger_id);
    for (;;) {
      const page = await ledgerRowsAfter(trx, cursor, PAGE, scope.ownerIds);
      candidates.push(...page.filter((r) => scope.covers(r.owner_id, r.item_number)));
      if (page.length < PAGE) break;
      cursor = page[page.length - 1]?.id ?? cursor;
    }
    const excluded = await journalsExcludedFromUpdateLog(
      trx,
      candidates.filter((r) => r.reference_type === 'CountingJournal').map((r) => r.reference_id),
    );
    const wanted = candidates
      .map((r) => ({ row: r, decision: updateLogDecision({ kind: r.kind, reference_type: r.reference_type, excludedJournal: excluded.has(r.reference_id) }, settings) }))
      .filter((c) => c.decision.log);
    const already = new Set<number>();
    for (let i = 0; i < wanted.length; i += 500) {
      const ids = wanted.slice(i, i + 500).map((c) => c.row.id);
      const found = await trx.selectFrom('update_log_entries').select('ledger_id').where('source_system_id', '=', sourceSystemId).where('ledger_id', 'in', ids).execute();
      for (const f of found) already.add(Number(f.ledger_id));
    }
    const fresh = wanted.filter((c) => !already.has(c.row.id));

    let sequence = Number(state.last_sequence);
    const publishId = ctx.ids.uuid();
    const entries = fresh.map(({ row, decision }) => ({
      source_system_id: sourceSystemId,
      sequence: ++sequence,
      ledger_id: row.id,
      publish_id: publishId,
      published_at: now,
      update_reference_id: row.operation_id,
      transaction_time: row.created_at,
      reference_type: row.reference_type,
      reference_id: row.reference_id,
      kind: row.kind,
      status: row.status,
      item_number: row.item_number,
      warehouse_id: row.warehouse_id,
      location_id: row.location_id,
      license_plate_id: row.license_plate_id,
      owner_id: row.owner_id,
      inventory_status_id: row.inventory_status_id,
      batch_number: row.batch_number,
      serial_number: row.serial_number,
      source_item_number: scope.externalItemNumber(row.item_number) ?? row.item_number,
      source_owner_id: scope.externalOwnerId(row.owner_id),
      qty: row.qty,
      also_reported_by: decision.alsoReportedBy,
    }));
    for (let i = 0; i < entries.length; i += 200) await trx.insertInto('update_log_entries').values(entries.slice(i, i + 200)).execute();

    const settled = await latestLedgerIdAt(trx, now - SETTLE_MS, Number(state.scanned_through_ledger_id));
    await trx
      .updateTable('update_log_state')
      .set({ scanned_through_ledger_id: Math.max(Number(state.scanned_through_ledger_id), settled), last_sequence: sequence })
      .where('source_system_id', '=', sourceSystemId)
      .execute();
    if (entries.length > 0) {
      await appendEvents(trx, ctx.ids, now, [
        {
          type: 'warehouseInventoryUpdateLog.published',
          sourceSystemId,
          subject: publishId,
          payload: {
            sourceSystemId,
            publishId,
            firstSequence: Number(state.last_sequence) + 1,
            lastSequence: sequence,
            entryCount: entries.length,
            publishedAt: new Date(now).toISOString(),
          },
        },
      ]);
    }
    return entries.length;
  });
  if (published > 0) ctx.wake('events');
  return published;
}
