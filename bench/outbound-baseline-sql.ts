/**
 * The statements of the outbound baseline: the simplest direct SQL that writes, into Quayside's
 * schema, the rows Quayside writes for an outbound order from message to packing slip. `?`
 * placeholders; the PostgreSQL adapter numbers them. Valid on SQLite and PostgreSQL alike.
 */
const DIMS = 'item_number, warehouse_id, location_id, license_plate_id, owner_id, inventory_status_id, batch_number, serial_number';
const KEY = "item_number = ? and warehouse_id = ? and location_id = ? and license_plate_id = '' and owner_id = ? and inventory_status_id = ? and batch_number = '' and serial_number = ''";

export const OUT = {
  insertMessage:
    'insert into shipment_order_messages (source_system_id, message_id, version, message_type, order_number, order_key, seq, processing_status, processor_state, origin, content, attempts, next_attempt_at, received_at, updated_at) ' +
    "values (?, ?, 1, 'OutboundShipmentOrder', ?, ?, 0, 'Received', 'Queued', 'Integration', ?, 0, ?, ?, ?) returning id",
  insertEvent: 'insert into business_events (event_id, event_type, schema_version, source_system_id, subject, occurred_at, payload) values (?, ?, 1, ?, ?, ?, ?)',
  findOrder: 'select order_number from outbound_orders where source_system_id = ? and source_order_number = ?',
  insertOrder:
    'insert into outbound_orders (order_number, source_system_id, source_order_number, order_type, shipment_type, warehouse_id, transport, reservation_at_import_policy, parties, release_status, shipment_status, status, last_message_pk, version, created_at, updated_at) ' +
    "values (?, ?, ?, 'Sales', 'ShipmentOrder', ?, '{}', 'Reserve', ?, 'Open', 'Open', 'Active', ?, 1, ?, ?)",
  insertOrderLine:
    'insert into outbound_order_lines (order_number, line_number, item_number, source_item_number, owner_id, inventory_status_id, ordered_qty, unit, ordered_inventory_qty, inventory_unit, released_inventory_qty, shipped_inventory_qty, overdelivery_pct, underdelivery_pct, refs, release_status, shipment_status, status) ' +
    "values (?, ?, ?, ?, ?, ?, ?, 'ea', ?, 'ea', 0, 0, 0, 0, '{}', 'Open', 'Open', 'Active') returning id",
  reserve: `update inventory_balances set reserved_qty = reserved_qty + ?, updated_at = ? where ${KEY} and physical_qty - reserved_qty >= ?`,
  insertReservation:
    `insert into outbound_reservations (source_system_id, source_order_number, order_number, line_number, ${DIMS}, qty, created_at, updated_at) ` +
    "values (?, ?, ?, ?, ?, ?, ?, '', ?, ?, '', '', ?, ?, ?) returning id",
  acceptMessage:
    "update shipment_order_messages set processing_status = 'Accepted', processor_state = 'Processed', seq = id, attempts = 1, processed_at = ?, updated_at = ?, last_error = null, result_order_number = ? where id = ?",
  insertLog: "insert into message_log (message_pk, attempt, at, level, text, field, value) values (?, 1, ?, 'info', ?, null, null)",

  insertSequence: "insert into number_sequences (code, next_value, prefix, width) values (?, 1, '', 8) on conflict (code) do nothing",
  nextNumber: 'update number_sequences set next_value = next_value + 1 where code = ? returning next_value',
  insertWave: "insert into outbound_waves (wave_id, warehouse_id, template_id, status, created_at, executed_at) values (?, ?, 'AT-RELEASE', 'Executed', ?, ?)",
  insertLoad: "insert into outbound_loads (load_id, warehouse_id, source_system_id, carrier_id, delivery_mode_code, status, shipped_at, version, created_at, updated_at) values (?, ?, ?, null, null, 'InProcess', null, 1, ?, ?)",
  insertShipment:
    'insert into outbound_shipments (shipment_id, load_id, warehouse_id, source_system_id, consolidation_key, parties, carrier_id, carrier_service_id, delivery_mode_code, delivery_terms_code, wave_id, status, created_at) ' +
    "values (?, ?, ?, ?, ?, ?, null, null, null, null, ?, 'Waved', ?)",
  insertLoadLine:
    'insert into outbound_load_lines (load_id, shipment_id, order_number, line_number, order_line_id, item_number, qty, work_created_qty, picked_qty, shipped_qty, status, created_at) ' +
    "values (?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 'Open', ?) returning id",
  releaseOrderLine: "update outbound_order_lines set released_inventory_qty = ?, release_status = 'Released' where id = ?",
  releaseOrder: "update outbound_orders set release_status = 'Released', updated_at = ? where order_number = ?",
  insertWork:
    'insert into work_headers (work_id, work_type, warehouse_id, status, template_id, reference_type, reference_id, source_system_id, assigned_worker, cancel_reason, version, created_at, updated_at, started_at, closed_at) ' +
    "values (?, 'Pick', ?, 'Open', 'PICK', 'OutboundShipment', ?, ?, null, null, 1, ?, ?, null, null)",
  insertWorkLine:
    'insert into work_lines (work_id, line_number, line_type, pick_line_number, item_number, location_id, license_plate_id, owner_id, inventory_status_id, batch_number, serial_number, qty, unit, handled_qty, status) ' +
    "values (?, ?, ?, ?, ?, ?, '', ?, ?, '', '', ?, 'ea', 0, 'Open') returning id",
  allocateReservation: 'update outbound_reservations set load_line_id = ?, work_id = ?, work_line_number = ?, updated_at = ? where id = ?',
  insertNotification: "insert into outbound_notifications (notification_number, source_system_id, wave_id, status, created_at) values (?, ?, ?, 'PickingStarted', ?)",
  insertNotificationLine: "insert into outbound_notification_lines (notification_number, shipment_id, order_number, line_number, item_number, work_created_qty, unit) values (?, ?, ?, ?, ?, ?, 'ea')",

  claimOperation: 'insert into client_operations (operation_id, scope, created_at, result) values (?, ?, ?, ?)',
  takeWork: "update work_headers set assigned_worker = ?, status = 'InProcess', started_at = ?, version = version + 1, updated_at = ? where work_id = ? and version = ?",
  unreserveAndTake: `update inventory_balances set reserved_qty = reserved_qty - ?, physical_qty = physical_qty - ?, updated_at = ? where ${KEY} and reserved_qty >= ?`,
  pickReservation: 'update outbound_reservations set qty = qty - ?, updated_at = ? where id = ? and qty >= ?',
  addStock:
    `insert into inventory_balances (${DIMS}, physical_qty, reserved_qty, updated_at) values (?, ?, ?, '', ?, ?, '', '', ?, 0, ?) ` +
    'on conflict (item_number, warehouse_id, location_id, license_plate_id, owner_id, inventory_status_id, batch_number, serial_number) do update set physical_qty = inventory_balances.physical_qty + excluded.physical_qty, updated_at = excluded.updated_at',
  takeStock: `update inventory_balances set physical_qty = physical_qty - ?, updated_at = ? where ${KEY} and physical_qty - reserved_qty >= ?`,
  insertTransaction:
    `insert into inventory_transactions (${DIMS}, qty, kind, status, source_system_id, reference_type, reference_id, operation_id, created_at, finalized_at) ` +
    "values (?, ?, ?, '', ?, ?, '', '', ?, ?, ?, ?, ?, ?, ?, ?, ?)",
  confirmWorkLine: "update work_lines set handled_qty = qty, status = 'Closed', handled_by = ?, handled_at = ? where id = ? and handled_qty = 0",
  saveWork: 'update work_headers set status = ?, closed_at = ?, version = version + 1, updated_at = ? where work_id = ? and version = ?',
  insertPick:
    `insert into outbound_picks (load_line_id, load_id, work_id, ${DIMS}, qty, operation_id, picked_at) values (?, ?, ?, ?, ?, ?, '', ?, ?, '', '', ?, ?, ?)`,
  pickLoadLine: 'update outbound_load_lines set picked_qty = picked_qty + ? where id = ?',
  loadLoaded: "update outbound_loads set status = 'Loaded', updated_at = ? where load_id = ?",

  shipLoad: "update outbound_loads set status = 'Shipped', shipped_at = ?, updated_at = ?, version = version + 1 where load_id = ? and status = 'Loaded'",
  shipShipment: "update outbound_shipments set status = 'Shipped' where shipment_id = ?",
  insertSlip:
    'insert into outbound_packing_slips (packing_slip_number, version, version_number, is_active, source_system_id, load_id, shipment_id, warehouse_id, posting_status, document_date, post_after, posted_at, reversed_at, attempts, last_error, header, created_at, updated_at) ' +
    "values (?, 1, ?, 1, ?, ?, ?, ?, 'ReadyForPosting', ?, ?, null, null, 0, null, ?, ?, ?) returning id",
  insertSlipLine:
    'insert into outbound_packing_slip_lines (packing_slip_id, load_line_id, order_line_id, order_number, source_order_number, line_number, item_number, source_item_number, ordered_qty, unit, shipped_qty, remaining_qty, inventory_unit) ' +
    "values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'ea', ?, 0, 'ea') returning id",
  insertSlipDimension:
    'insert into outbound_packing_slip_dimensions (packing_slip_id, packing_slip_line_id, location_id, license_plate_id, batch_number, serial_number, owner_id, source_owner_id, inventory_status_id, qty) ' +
    "values (?, ?, ?, '', '', '', ?, null, ?, ?)",
  shipLoadLine: 'update outbound_load_lines set shipped_qty = picked_qty where id = ?',
} as const;

export type Statement = keyof typeof OUT;
