import type { Generated } from 'kysely';

export interface OutboundOrdersTable {
  order_number: string;
  source_system_id: string;
  source_order_number: string;
  order_type: string | null;
  shipment_type: string;
  warehouse_id: string;
  requested_ship_start: number | null;
  requested_ship_end: number | null;
  requested_delivery_start: number | null;
  requested_delivery_end: number | null;
  delivery_terms_code: string | null;
  delivery_mode_code: string | null;
  carrier_id: string | null;
  carrier_service_id: string | null;
  carrier_service_group_id: string | null;
  /** Transportation mode, broker, route plan, planned transportation: passed through as JSON. */
  transport: string;
  language_id: string | null;
  /** The policy in force for this order after the source system's mandatory flag was applied. */
  reservation_at_import_policy: string;
  order_origin: string | null;
  order_channel: string | null;
  /** Consignee and receiver address blocks as JSON. */
  parties: string;
  release_status: string;
  shipment_status: string;
  status: string;
  last_message_pk: number | null;
  version: number;
  created_at: number;
  updated_at: number;
}

export interface OutboundOrderLinesTable {
  id: Generated<number>;
  order_number: string;
  line_number: number;
  item_number: string;
  source_item_number: string;
  description: string | null;
  batch_number: string | null;
  serial_number: string | null;
  owner_id: string;
  inventory_status_id: string;
  ordered_qty: number;
  unit: string;
  ordered_inventory_qty: number;
  inventory_unit: string;
  released_inventory_qty: number;
  shipped_inventory_qty: number;
  sellable_days: number | null;
  overdelivery_pct: number;
  underdelivery_pct: number;
  refs: string;
  release_status: string;
  shipment_status: string;
  status: string;
}

interface DimensionColumns {
  item_number: string;
  warehouse_id: string;
  location_id: string;
  license_plate_id: string;
  owner_id: string;
  inventory_status_id: string;
  batch_number: string;
  serial_number: string;
}

/** Stock reserved for one order line at one balance row; qty drops as it is picked or released. */
export interface OutboundReservationsTable extends DimensionColumns {
  id: Generated<number>;
  source_system_id: string;
  source_order_number: string;
  order_number: string;
  line_number: number;
  qty: number;
  created_at: number;
  updated_at: number;
  /** Set once the reservation is allocated to pick work by a wave. */
  load_line_id: number | null;
  work_id: string | null;
  /** The pick line of that work that takes this reservation. */
  work_line_number: number | null;
  /** Wave demand replenishment work (and its pick line) that brings this reserved stock to the pick face. */
  replenishment_work_id: string | null;
  replenishment_line_number: number | null;
}

/** Expiry dates of batches, for sellable days and FEFO: master data has no batch records yet, so outbound keeps the one attribute it needs. */
export interface OutboundBatchDatesTable {
  item_number: string;
  batch_number: string;
  expiry_date: number;
  updated_at: number;
}

export interface OutboundLoadsTable {
  load_id: string;
  warehouse_id: string;
  source_system_id: string;
  carrier_id: string | null;
  delivery_mode_code: string | null;
  /** What the load may take (load planning); null: no limit. */
  load_template_id: string | null;
  /** Open, In process, Loaded, Shipped */
  status: string;
  shipped_at: number | null;
  version: number;
  created_at: number;
  updated_at: number;
}

/** What a truck or container takes: a load with this template is refused more. Null: no limit of that kind. */
export interface OutboundLoadTemplatesTable {
  template_id: string;
  warehouse_id: string;
  name: string;
  max_weight_grams: number | null;
  max_volume_cm3: number | null;
  max_shipments: number | null;
  created_at: number;
  updated_at: number;
}

export interface OutboundShipmentsTable {
  shipment_id: string;
  load_id: string;
  warehouse_id: string;
  source_system_id: string;
  /** Orders with the same key share a shipment (consolidation policy). */
  consolidation_key: string;
  parties: string;
  carrier_id: string | null;
  carrier_service_id: string | null;
  delivery_mode_code: string | null;
  delivery_terms_code: string | null;
  wave_id: string | null;
  /** Open, Waved, Loaded, Shipped */
  status: string;
  created_at: number;
}

export interface OutboundLoadLinesTable {
  id: Generated<number>;
  load_id: string;
  shipment_id: string;
  order_number: string;
  line_number: number;
  order_line_id: number;
  item_number: string;
  /** Released quantity, in the inventory unit. */
  qty: number;
  work_created_qty: number;
  picked_qty: number;
  shipped_qty: number;
  /** Open or Canceled */
  status: string;
  created_at: number;
}

export interface OutboundWaveTemplatesTable {
  template_id: string;
  warehouse_id: string;
  source_system_id: string | null;
  carrier_id: string | null;
  delivery_mode_code: string | null;
  /** Release, Threshold or Manual */
  process_at: string;
  threshold_shipments: number | null;
  put_location_id: string;
  sequence: number;
  created_at: number;
}

export interface OutboundWavesTable {
  wave_id: string;
  warehouse_id: string;
  template_id: string;
  /** Open, Executed */
  status: string;
  created_at: number;
  executed_at: number | null;
  /** While a request processes the wave by hand, until when it holds it (processWaveNow). */
  processing_until: number | null;
}

export interface OutboundWaveShortagesTable {
  id: Generated<number>;
  wave_id: string;
  load_line_id: number;
  order_number: string;
  line_number: number;
  item_number: string;
  short_qty: number;
  reason: string;
}

export interface OutboundPicksTable extends DimensionColumns {
  id: Generated<number>;
  load_line_id: number;
  load_id: string;
  work_id: string | null;
  qty: number;
  operation_id: string;
  picked_at: number;
}

export interface OutboundPackingSlipsTable {
  id: Generated<number>;
  packing_slip_number: string;
  version: number;
  /** `<number>.<version>` */
  version_number: string;
  is_active: number;
  source_system_id: string;
  load_id: string;
  shipment_id: string;
  warehouse_id: string;
  /** ReadyForPosting, Posted, Reversed */
  posting_status: string;
  document_date: number;
  post_after: number;
  posted_at: number | null;
  reversed_at: number | null;
  attempts: number;
  last_error: string | null;
  /** Order, carrier, delivery terms and parties as JSON. */
  header: string;
  created_at: number;
  updated_at: number;
}

export interface OutboundPackingSlipLinesTable {
  id: Generated<number>;
  packing_slip_id: number;
  load_line_id: number;
  order_line_id: number;
  order_number: string;
  source_order_number: string;
  line_number: number;
  item_number: string;
  source_item_number: string;
  ordered_qty: number;
  unit: string;
  shipped_qty: number;
  remaining_qty: number;
  inventory_unit: string;
}

export interface OutboundPackingSlipDimensionsTable {
  id: Generated<number>;
  packing_slip_id: number;
  packing_slip_line_id: number;
  location_id: string;
  license_plate_id: string;
  batch_number: string;
  serial_number: string;
  owner_id: string;
  source_owner_id: string | null;
  inventory_status_id: string;
  qty: number;
}

export interface OutboundNotificationsTable {
  notification_number: string;
  source_system_id: string;
  wave_id: string;
  status: string;
  created_at: number;
}

export interface OutboundNotificationLinesTable {
  id: Generated<number>;
  notification_number: string;
  shipment_id: string;
  order_number: string;
  line_number: number;
  item_number: string;
  work_created_qty: number;
  unit: string;
}

export interface OutboundTables {
  outbound_orders: OutboundOrdersTable;
  outbound_order_lines: OutboundOrderLinesTable;
  outbound_reservations: OutboundReservationsTable;
  outbound_batch_dates: OutboundBatchDatesTable;
  outbound_load_templates: OutboundLoadTemplatesTable;
  outbound_loads: OutboundLoadsTable;
  outbound_shipments: OutboundShipmentsTable;
  outbound_load_lines: OutboundLoadLinesTable;
  outbound_wave_templates: OutboundWaveTemplatesTable;
  outbound_waves: OutboundWavesTable;
  outbound_wave_shortages: OutboundWaveShortagesTable;
  outbound_picks: OutboundPicksTable;
  outbound_packing_slips: OutboundPackingSlipsTable;
  outbound_packing_slip_lines: OutboundPackingSlipLinesTable;
  outbound_packing_slip_dimensions: OutboundPackingSlipDimensionsTable;
  outbound_notifications: OutboundNotificationsTable;
  outbound_notification_lines: OutboundNotificationLinesTable;
}
