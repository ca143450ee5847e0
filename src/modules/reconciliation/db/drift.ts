import type { Executor } from '../../../platform/db/database.js';
import type { SourceSystemScope } from '../../counting/index.js';
import { onHandAsOf } from '../../inventory/index.js';
import { notIndexed } from '../../../platform/db/query-hints.js';
import type { UpdateLogSettings } from '../domain/update-log-rules.js';
import { updateLogDecision } from '../domain/update-log-rules.js';

export type DriftReason = 'RegisteredNotReceivingCompleted' | 'PickedNotShipConfirmed' | 'UpdateLogEntryNotPublished' | 'StatusChangeNotReported';

const GROUP = ['warehouse_id', 'owner_id', 'inventory_status_id', 'batch_number', 'serial_number'] as const;
type GroupRow = { item_number: string } & Record<(typeof GROUP)[number], string>;
const keyOf = (r: GroupRow) => [r.item_number, ...GROUP.map((c) => r[c])].join('\u0000');

export interface DriftLine extends GroupRow {
  wmsQty: number;
  toldQty: number;
  explanations: Array<{ reason: DriftReason; referenceType: string; referenceId: string; operationId: string; kind: string; status: string; qty: number; since: number }>;
}

/**
 * For one source system and instant: per item and dimensions, the physical on-hand, what the source
 * system had been told (finalized documents, counting journals, published update log entries) and
 * the open ledger rows that make up the difference. Locations and license plates are summed over:
 * moves inside the warehouse are nobody's business but the warehouse's.
 */
export async function explainDrift(db: Executor, scope: SourceSystemScope, settings: UpdateLogSettings, at: number): Promise<DriftLine[]> {
  if (scope.ownerIds.length === 0 || scope.itemNumbers.length === 0) return [];
  const physical = await onHandAsOf(db, { asOf: at, includeUnfinalized: true, groupBy: [...GROUP], ownerIds: scope.ownerIds, itemNumbers: scope.itemNumbers });
  // Three branches rather than one OR, so that each finds its few rows through an index (finalized_at, and
  // the partial index of status changes) instead of reading the whole ledger.
  const openRows = (branch: 'unfinalized' | 'finalizedLater' | 'statusChange') => {
    let query = db
      .selectFrom('inventory_transactions as t')
      .leftJoin('update_log_entries as u', (j) => j.onRef('u.ledger_id', '=', 't.id').on('u.source_system_id', '=', scope.sourceSystemId).on('u.published_at', '<=', at))
      .selectAll('t')
      .where('t.created_at', '<=', at)
      .where('t.owner_id', 'in', scope.ownerIds)
      .where(notIndexed('t.item_number'), 'in', scope.itemNumbers)
      .where('u.ledger_id', 'is', null);
    if (branch === 'statusChange') {
      // Named through the partial index's ids: otherwise a planner may walk the created_at index over the whole ledger.
      return query
        .where('t.kind', '=', 'StatusChange')
        .where('t.id', 'in', (eb) => eb.selectFrom('inventory_transactions as c').select('c.id').where('c.kind', '=', 'StatusChange'))
        .execute();
    }
    query = query.where('t.kind', 'in', ['Receipt', 'Issue']);
    return (branch === 'unfinalized' ? query.where('t.finalized_at', 'is', null) : query.where('t.finalized_at', '>', at)).execute();
  };
  const open = (await Promise.all([openRows('unfinalized'), openRows('finalizedLater'), openRows('statusChange')])).flat().sort((a, b) => Number(a.id) - Number(b.id));

  const reported = await reportedByShipmentReceipt(
    db,
    open.filter((o) => o.kind === 'Receipt' && o.reference_type === 'InboundRegistration').map((o) => o.reference_id),
    at,
  );
  const shipped = await reportedByPackingSlip(
    db,
    open.filter((o) => o.kind === 'Issue' && o.reference_type === 'OutboundLoadLine').map((o) => o.reference_id),
    at,
  );

  const lines = new Map<string, DriftLine>();
  const line = (r: GroupRow) => {
    const key = keyOf(r);
    let found = lines.get(key);
    if (!found) {
      found = {
        item_number: r.item_number,
        warehouse_id: r.warehouse_id,
        owner_id: r.owner_id,
        inventory_status_id: r.inventory_status_id,
        batch_number: r.batch_number,
        serial_number: r.serial_number,
        wmsQty: 0,
        toldQty: 0,
        explanations: [],
      };
      lines.set(key, found);
    }
    return found;
  };
  for (const p of physical) {
    const l = line(p as GroupRow);
    l.wmsQty += p.qty;
    l.toldQty += p.qty;
  }
  for (const o of open) {
    // Receiving completed told the source system through the shipment receipt, before posting finalizes the rows.
    if (o.reference_type === 'InboundRegistration' && reported.has(o.reference_id)) continue;
    // Ship confirm told it through the shipment packing slip, before posting finalizes the rows.
    if (o.reference_type === 'OutboundLoadLine' && shipped.has(o.reference_id)) continue;
    const logged = updateLogDecision({ kind: o.kind, reference_type: o.reference_type, excludedJournal: false }, settings).log;
    const reason: DriftReason = logged
      ? 'UpdateLogEntryNotPublished'
      : o.kind === 'Receipt'
        ? 'RegisteredNotReceivingCompleted'
        : o.kind === 'Issue'
          ? 'PickedNotShipConfirmed'
          : 'StatusChangeNotReported';
    const l = line(o);
    const qty = Number(o.qty);
    l.toldQty -= qty;
    l.explanations.push({ reason, referenceType: o.reference_type, referenceId: o.reference_id, operationId: o.operation_id, kind: o.kind, status: o.status, qty, since: o.created_at });
  }
  return [...lines.values()].sort((a, b) => keyOf(a).localeCompare(keyOf(b)));
}

/**
 * Registrations that a shipment receipt reports at the instant (receiving completed): the receipt's
 * latest version created by then is not Canceled. A reversal of receiving completed adds a Canceled
 * version, which takes the report back: the registered quantity is open again. A read of the inbound
 * module's tables: the ledger row alone cannot say it.
 */
async function reportedByShipmentReceipt(db: Executor, registrationIds: readonly string[], at: number): Promise<Set<string>> {
  const ids = registrationIds.map(Number).filter((n) => Number.isSafeInteger(n));
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom('inbound_registrations as r')
    .select('r.id')
    .where('r.id', 'in', ids)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('shipment_receipts as s')
          .select('s.receipt_number')
          .whereRef('s.receipt_number', '=', 'r.receipt_number')
          .where('s.created_at', '<=', at)
          .where('s.posting_status', '<>', 'Canceled')
          .where((later) =>
            later.not(
              later.exists(
                later
                  .selectFrom('shipment_receipts as v')
                  .select('v.receipt_number')
                  .whereRef('v.receipt_number', '=', 's.receipt_number')
                  .whereRef('v.version', '>', 's.version')
                  .where('v.created_at', '<=', at),
              ),
            ),
          ),
      ),
    )
    .execute();
  return new Set(rows.map((r) => String(r.id)));
}

/** Load lines that a shipment packing slip created at or before the instant (and not reversed) reports. */
async function reportedByPackingSlip(db: Executor, loadLineIds: readonly string[], at: number): Promise<Set<string>> {
  const ids = loadLineIds.map(Number).filter((n) => Number.isSafeInteger(n));
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom('outbound_packing_slip_lines as l')
    .innerJoin('outbound_packing_slips as p', 'p.id', 'l.packing_slip_id')
    .select('l.load_line_id')
    .where('l.load_line_id', 'in', ids)
    .where('p.created_at', '<=', at)
    .where((eb) => eb.or([eb('p.reversed_at', 'is', null), eb('p.reversed_at', '>', at)]))
    .execute();
  return new Set(rows.map((r) => String(r.load_line_id)));
}
