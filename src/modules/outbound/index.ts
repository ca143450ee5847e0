/**
 * Outbound: shipment orders, reservation, release to shipments and loads, waves and their pick work,
 * picking, ship confirm and shipment packing slips. The wiring (routes, the automatic release and
 * process outbound shipments processes) is in module.ts.
 *
 * Tables: outbound_orders, outbound_order_lines, outbound_reservations, outbound_batch_dates,
 * outbound_loads, outbound_shipments, outbound_load_lines, outbound_wave_templates, outbound_waves,
 * outbound_wave_shortages, outbound_picks, outbound_packing_slips, outbound_packing_slip_lines,
 * outbound_packing_slip_dimensions, outbound_notifications, outbound_notification_lines.
 * Events: outboundWave.executed, outboundNotification.created, shipmentPackingSlip.modified,
 * shipmentPackingSlip.reversed, shipmentPackingSlip.failed.
 */
export { upsertOutboundOrder, type OutboundLineInput, type OutboundOrderInput } from './commands/upsert-outbound-order.js';
export { importOutboundOrder } from './commands/import-outbound-order.js';
export { receiverProblems } from './domain/receiver.js';
export { reserveOrder } from './commands/reserve-order.js';
export { crossDockReceipt } from './commands/cross-dock.js';
export { shippedGoods, type ShippedGoods } from './db/shipped-for-return.js';
export { postShipmentPackingSlips } from './commands/post-packing-slips.js';
export { OutboundErrors } from './errors.js';
export { openOutboundOrders } from './db/open-orders.js';
export { outboundPickHook } from './commands/pick-hook.js';
export { outboundReservationHolder } from './db/reservation-holder.js';
export { OUTBOUND_WORK_REFERENCE } from './commands/waves.js';
export { DEMAND_REPLENISHMENT_REFERENCE, demandReplenishmentHook } from './commands/demand-replenishment.js';
export { wavePicking } from './db/wave-progress.js';
export { packingSlipRows, packingSlipLineRows, packingSlipDimensionRows } from './db/packing-slip-reads.js';
export { movePickedStock, type MovedPick, type PickedStockMove, type PickedStockSelector } from './commands/move-picked-stock.js';
export { notificationRows, notificationLineRows } from './db/notification-reads.js';
