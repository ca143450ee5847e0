import type { Generated } from 'kysely';

export interface InboundOrdersTable {
  order_number: string;
  source_system_id: string;
  source_order_number: string;
  order_type: string | null;
  /** 'ShipmentOrder' (from a message) or 'Manual'. */
  shipment_type: string;
  warehouse_id: string;
  planned_receipt_start: number | null;
  planned_receipt_end: number | null;
  order_origin: string | null;
  order_channel: string | null;
  /** Consigner and sender address blocks as JSON. */
  parties: string;
  receiving_status: string;
  /** 'Active' or 'Canceled' (a message without lines cancels the order). */
  status: string;
  last_message_pk: number | null;
  version: number;
  created_at: number;
  updated_at: number;
}

export interface InboundOrderLinesTable {
  /** The inventory lot id: the line's identity for transactions and shipment receipts. */
  id: Generated<number>;
  order_number: string;
  line_number: number;
  item_number: string;
  source_item_number: string;
  batch_number: string | null;
  serial_number: string | null;
  owner_id: string;
  inventory_status_id: string;
  expected_qty: number;
  unit: string;
  expected_inventory_qty: number;
  inventory_unit: string;
  received_inventory_qty: number;
  overdelivery_pct: number;
  underdelivery_pct: number;
  /** Consigner line/item/reference, cross-dock source, product dimensions: passed through as JSON. */
  refs: string;
  receiving_status: string;
  status: string;
}

/** Receiving settings of a warehouse (Warehouse management parameters > Loads, and the mobile menu's load over receipt). */
export interface InboundParametersTable {
  warehouse_id: string;
  /** Never | Always | Optional */
  packing_slip_policy: string;
  /** Allow | Block | BlockForClosedLoads */
  load_over_receipt_policy: string;
  version: number;
}

/** Order lines travelling on one transport unit. */
export interface InboundLoadsTable {
  load_id: string;
  warehouse_id: string;
  source_system_id: string | null;
  /** Open | Shipped | InProcess | Received */
  status: string;
  /** Manual | Asn | MessageSynchronization | Receiving */
  origin: string;
  /** Overrides the warehouse's load over receipt policy when set. */
  over_receipt_policy: string | null;
  /** Tractor, trailer, carrier, seal... as JSON. */
  transport: string;
  receiving_completed_at: number | null;
  packing_slip_id: string | null;
  packing_slip_date: number | null;
  version: number;
  created_at: number;
  updated_at: number;
}

export interface InboundShipmentsTable {
  shipment_id: string;
  load_id: string;
  vendor_shipment_id: string | null;
  vendor_packing_slip_id: string | null;
  details: string;
  created_at: number;
}

/** How much of an order line (lot) travels on a load, and how much of that was registered. */
export interface InboundLoadLinesTable {
  id: Generated<number>;
  load_id: string;
  shipment_id: string | null;
  order_number: string;
  line_number: number;
  lot_id: number;
  item_number: string;
  /** Micro-units of the inventory unit. */
  qty: number;
  registered_qty: number;
}

/** An ASN license plate (or a case nested in one); received once. */
export interface InboundPackingStructuresTable {
  id: Generated<number>;
  load_id: string;
  shipment_id: string | null;
  license_plate_id: string;
  parent_license_plate_id: string | null;
  received_at: number | null;
}

export interface InboundPackingLinesTable {
  id: Generated<number>;
  load_id: string;
  license_plate_id: string;
  lot_id: number;
  item_number: string;
  qty: number;
  batch_number: string | null;
}

/** One receipt registration (a scan); its ledger rows reference it as InboundRegistration + id. */
export interface InboundRegistrationsTable {
  id: Generated<number>;
  load_id: string;
  lot_id: number;
  order_number: string;
  line_number: number;
  item_number: string;
  qty: number;
  warehouse_id: string;
  location_id: string;
  license_plate_id: string;
  owner_id: string;
  inventory_status_id: string;
  batch_number: string;
  serial_number: string;
  source_system_id: string;
  work_id: string | null;
  /** Set by receiving completed: the shipment receipt that reports it. */
  receipt_number: string | null;
  operation_id: string;
  worker: string;
  registered_at: number;
  /** A returned line's disposition code ('' for a receipt that is not a return). */
  disposition_code: Generated<string>;
}

/** A shipment receipt version (`<number>.<version>`): what receiving completed reports to the ERP. */
export interface ShipmentReceiptsTable {
  receipt_version_number: string;
  receipt_number: string;
  version: number;
  is_active: number;
  /** ReadyForPosting | Posted | Canceled */
  posting_status: string;
  source_system_id: string;
  load_id: string;
  /** The load's shipment the goods arrived on (an ASN's); null for receipts without one. */
  shipment_id: string | null;
  order_number: string;
  warehouse_id: string;
  receipt_date: number;
  /** The shipment's document (vendor packing slip) date, else the receiving completed packing slip date. */
  document_date: number | null;
  delivery_terms_code: string | null;
  shipping_carrier_id: string | null;
  shipping_carrier_service_id: string | null;
  packing_slip_id: string | null;
  packing_slip_date: number | null;
  /** Order type, source order number, consigner and sender blocks as JSON. */
  header: string;
  /** Position in the ERP's incremental read (`?after=`): taken from a sequence in each change's transaction. */
  change_seq: number;
  attempts: number;
  last_error: string | null;
  posted_at: number | null;
  created_at: number;
  updated_at: number;
}

export interface ShipmentReceiptLinesTable {
  id: Generated<number>;
  receipt_version_number: string;
  lot_id: number;
  order_number: string;
  line_number: number;
  item_number: string;
  source_item_number: string;
  ordered_qty: number;
  ordered_unit: string;
  received_qty: number;
  remaining_qty: number;
  received_handling_qty: number;
  remaining_handling_qty: number;
  handling_unit: string;
  refs: string;
}

export interface ShipmentReceiptDimensionsTable {
  id: Generated<number>;
  receipt_version_number: string;
  lot_id: number;
  site_id: string | null;
  warehouse_id: string;
  license_plate_id: string | null;
  batch_number: string | null;
  serial_number: string | null;
  owner_id: string;
  external_owner_id: string | null;
  inventory_status_id: string;
  source_item_number: string;
  handling_qty: number;
  handling_unit: string;
  disposition_code: Generated<string>;
}

export interface InboundTables {
  inbound_orders: InboundOrdersTable;
  inbound_order_lines: InboundOrderLinesTable;
  inbound_parameters: InboundParametersTable;
  inbound_loads: InboundLoadsTable;
  inbound_shipments: InboundShipmentsTable;
  inbound_load_lines: InboundLoadLinesTable;
  inbound_packing_structures: InboundPackingStructuresTable;
  inbound_packing_lines: InboundPackingLinesTable;
  inbound_registrations: InboundRegistrationsTable;
  shipment_receipts: ShipmentReceiptsTable;
  shipment_receipt_lines: ShipmentReceiptLinesTable;
  shipment_receipt_dimensions: ShipmentReceiptDimensionsTable;
}
