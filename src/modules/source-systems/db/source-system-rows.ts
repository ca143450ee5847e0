import type { Selectable } from 'kysely';
import type { Executor } from '../../../platform/db/database.js';
import { bool, flag } from '../../../platform/db/json.js';
import type {
  ConsolidationPolicy,
  InboundDeliveryPolicy,
  InboundLoadSyncPolicy,
  OrderNumberPolicy,
  ReservationAtImportPolicy,
  SourceSystem,
} from '../domain/source-system-settings.js';
import type { SourceSystemsTable } from './tables.js';

type Row = Selectable<SourceSystemsTable>;

export function sourceSystemFromRow(r: Row): SourceSystem {
  return {
    sourceSystemId: r.source_system_id,
    name: r.name,
    inboundOrderNumberPolicy: r.inbound_number_policy as OrderNumberPolicy,
    inboundOrderNumberPrefix: r.inbound_number_prefix,
    inboundOrderNumberSuffix: r.inbound_number_suffix,
    outboundOrderNumberPolicy: r.outbound_number_policy as OrderNumberPolicy,
    outboundOrderNumberPrefix: r.outbound_number_prefix,
    outboundOrderNumberSuffix: r.outbound_number_suffix,
    manualInboundOrderCreation: flag(r.manual_inbound_orders),
    manualOutboundOrderCreation: flag(r.manual_outbound_orders),
    manualInboundMessageCreation: flag(r.manual_inbound_messages),
    manualOutboundMessageCreation: flag(r.manual_outbound_messages),
    reservationAtImportPolicy: r.reservation_at_import_policy as ReservationAtImportPolicy,
    reservationAtImportPolicyMandatory: flag(r.reservation_policy_mandatory),
    consolidationPolicy: r.consolidation_policy as ConsolidationPolicy,
    inboundLoadSynchronizationPolicy: r.inbound_load_sync_policy as InboundLoadSyncPolicy,
    inboundDeliveryPolicy: r.inbound_delivery_policy as InboundDeliveryPolicy,
    inboundWarehouseInventoryUpdateLogs: flag(r.update_log_inbound),
    outboundWarehouseInventoryUpdateLogs: flag(r.update_log_outbound),
    defaultOwnerId: r.default_owner_id,
    shipmentReceiptPostingDelayMinutes: r.receipt_posting_delay_minutes,
    shipmentPackingSlipPostingDelayMinutes: r.packing_slip_posting_delay_minutes,
    version: r.version,
  };
}

export function sourceSystemToRow(s: Omit<SourceSystem, 'version'>): Omit<Row, 'version' | 'created_at' | 'updated_at'> {
  return {
    source_system_id: s.sourceSystemId,
    name: s.name,
    inbound_number_policy: s.inboundOrderNumberPolicy,
    inbound_number_prefix: s.inboundOrderNumberPrefix,
    inbound_number_suffix: s.inboundOrderNumberSuffix,
    outbound_number_policy: s.outboundOrderNumberPolicy,
    outbound_number_prefix: s.outboundOrderNumberPrefix,
    outbound_number_suffix: s.outboundOrderNumberSuffix,
    manual_inbound_orders: bool(s.manualInboundOrderCreation),
    manual_outbound_orders: bool(s.manualOutboundOrderCreation),
    manual_inbound_messages: bool(s.manualInboundMessageCreation),
    manual_outbound_messages: bool(s.manualOutboundMessageCreation),
    reservation_at_import_policy: s.reservationAtImportPolicy,
    reservation_policy_mandatory: bool(s.reservationAtImportPolicyMandatory),
    consolidation_policy: s.consolidationPolicy,
    inbound_load_sync_policy: s.inboundLoadSynchronizationPolicy,
    inbound_delivery_policy: s.inboundDeliveryPolicy,
    update_log_inbound: bool(s.inboundWarehouseInventoryUpdateLogs),
    update_log_outbound: bool(s.outboundWarehouseInventoryUpdateLogs),
    default_owner_id: s.defaultOwnerId,
    receipt_posting_delay_minutes: s.shipmentReceiptPostingDelayMinutes,
    packing_slip_posting_delay_minutes: s.shipmentPackingSlipPostingDelayMinutes,
  };
}

export async function findSourceSystem(db: Executor, id: string): Promise<SourceSystem | undefined> {
  const row = await db.selectFrom('source_systems').selectAll().where('source_system_id', '=', id).executeTakeFirst();
  return row ? sourceSystemFromRow(row) : undefined;
}
