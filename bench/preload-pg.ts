import type pg from 'pg';
import { LINES_PER_MESSAGE, OWNER_ID, STATUS_ID, WAREHOUSE_ID, inboundMessage } from './messages.js';

/**
 * Fills a migrated PostgreSQL schema with `orders` processed messages as if Quayside had handled them
 * earlier: each with its order of five lines, its log row and two dispatched status events. Measuring
 * against empty tables would flatter everyone (tiny indexes, and foreign-key check plans that are
 * made for empty tables). ANALYZE afterwards.
 */
export async function preloadPostgres(client: pg.Client, orders: number, now: number): Promise<void> {
  if (orders === 0) return;
  const content = JSON.stringify({ ...inboundMessage('PRE', 0), sourceSystemId: 'PRELOAD' });
  await client.query('begin');
  await client.query(
    `insert into shipment_order_messages (source_system_id, message_id, version, message_type, order_number, order_key, seq, processing_status, processor_state, origin, content, attempts, next_attempt_at, received_at, updated_at, processed_at, result_order_number)
     select 'PRELOAD', 'PRE-M' || g, 1, 'InboundShipmentOrder', 'PRE-PO' || g, 'InboundShipmentOrder|PRELOAD|PRE-PO' || g, g, 'Accepted', 'Processed', 'Integration', $1, 1, $2, $2, $2, $2, 'PRE-PO' || g
     from generate_series(1, $3::int) g`,
    [content, now, orders],
  );
  await client.query(`update shipment_order_messages set seq = id where source_system_id = 'PRELOAD'`);
  await client.query(
    `insert into inbound_orders (order_number, source_system_id, source_order_number, order_type, shipment_type, warehouse_id, parties, receiving_status, status, last_message_pk, version, created_at, updated_at)
     select order_number, 'PRELOAD', order_number, 'Purchase order', 'ShipmentOrder', $1, '{"consignerAccountNumber":"V-100","consignerName":"Acme Supplies"}', 'Open', 'Active', id, 1, $2, $2
     from shipment_order_messages where source_system_id = 'PRELOAD'`,
    [WAREHOUSE_ID, now],
  );
  await client.query(
    `insert into inbound_order_lines (order_number, line_number, item_number, source_item_number, owner_id, inventory_status_id, expected_qty, unit, expected_inventory_qty, inventory_unit, received_inventory_qty, overdelivery_pct, underdelivery_pct, refs, receiving_status, status)
     select o.order_number, n, 'ITEM-' || lpad((n * 7 % 50)::text, 3, '0'), 'ERP-ITEM-' || lpad((n * 7 % 50)::text, 3, '0'), $1, $2, n * 1000000, 'ea', n * 1000000, 'ea', 0, 0, 0, '{}', 'Open', 'Active'
     from inbound_orders o cross join generate_series(1, $3::int) n where o.source_system_id = 'PRELOAD'`,
    [OWNER_ID, STATUS_ID, LINES_PER_MESSAGE],
  );
  await client.query(
    `insert into message_log (message_pk, attempt, at, level, text) select id, 1, $1, 'info', 'Accepted: created inbound shipment order ' || order_number
     from shipment_order_messages where source_system_id = 'PRELOAD'`,
    [now],
  );
  await client.query(
    `insert into business_events (event_id, event_type, schema_version, source_system_id, subject, occurred_at, payload, feed_seq)
     select gen_random_uuid()::text, 'shipmentOrderMessage.statusChanged', 1, 'PRELOAD', m.message_id, $1,
       json_build_object('messageId', m.message_id, 'messageVersion', 1, 'messageType', m.message_type, 'sourceSystemId', 'PRELOAD', 'orderNumber', m.order_number,
         'previousStatus', case when k = 1 then null else 'Received' end, 'processingStatus', case when k = 1 then 'Received' else 'Accepted' end,
         'processorState', case when k = 1 then 'Queued' else 'Processed' end, 'internalOrderNumber', case when k = 1 then null else m.order_number end)::text,
       (select coalesce(max(feed_seq), 0) from business_events) + row_number() over (order by m.id, k)
     from shipment_order_messages m cross join generate_series(1, 2) k where m.source_system_id = 'PRELOAD'`,
    [now],
  );
  await client.query('update event_dispatch_state set last_feed_seq = (select coalesce(max(feed_seq), 0) from business_events) where id = 1');
  await client.query('commit');
  await client.query('analyze');
}
