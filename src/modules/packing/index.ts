/**
 * Packing: shipping containers packed at packing stations from a shipment's picked stock, closed with
 * their weight and an SSCC-18, their labels (PDF with a GS1-128 bar code, ZPL) and the label printers
 * and print jobs that print them over raw TCP (ADR 0021). Picked stock moves through the outbound
 * module's picked-stock move (ledger transfers; picked quantities follow the stock). The wiring
 * (routes, the print job sender) is in module.ts.
 *
 * Tables: packing_container_types, packing_label_settings, packing_containers,
 * packing_container_lines, label_printers, label_print_jobs.
 * Events: shippingContainer.closed.
 */
export { PackingErrors } from './errors.js';
export { buildSscc, gs1CheckDigit, isValidSscc } from './domain/sscc.js';
