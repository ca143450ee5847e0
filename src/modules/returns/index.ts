/**
 * Returns: unannounced returns registered at the dock (against a shipped packing slip, an order, or
 * blind), received on inbound shipment orders of type Return with a disposition per line, and the source
 * systems' disposition codes. The wiring (routes) is in module.ts.
 *
 * Tables: return_disposition_codes, returns, return_lines.
 * Events: none of its own: the return receipt is a shipment receipt (shipmentReceipt.modified).
 */
export { registerReturn, type ReturnInput, type ReturnResult } from './commands/register-return.js';
export { ReturnsErrors } from './errors.js';
