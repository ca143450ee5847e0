import type { OutboundShipmentOrderMessage } from '../src/modules/integration/http/message-schemas.js';
import { ITEM_COUNT, LINES_PER_MESSAGE, WAREHOUSE_ID, externalItemNumber } from './messages.js';

export const PICK_LOCATION_COUNT = 10;
export const STAGING_LOCATION = 'STAGE';
export const RECEIVER = { receiverName: 'Contoso Retail', receiverCountryRegionId: 'DE', receiverCity: 'Berlin' };

/** Item i lies in pick location PICK-(i mod 10): every order line is picked from one balance row. */
export const pickLocation = (item: number): string => `PICK-${String(item % PICK_LOCATION_COUNT).padStart(2, '0')}`;

/** Stock put on hand per item before measuring (in units): far more than any run orders. */
export const STOCK_PER_ITEM = 1_000_000;

/** The item and quantity (units) of line n (1-based) of outbound order i. */
export function outboundLine(i: number, n: number): { item: number; quantity: number } {
  return { item: (i * LINES_PER_MESSAGE + n * 7) % ITEM_COUNT, quantity: n + (i % 4) };
}

/**
 * Outbound order i of a run: a sales order of five lines, each a different item in the inventory unit,
 * owner and status by default, shipped to one receiver, as a typical ERP sales order message looks.
 */
export function outboundMessage(run: string, i: number): OutboundShipmentOrderMessage {
  const lines = [];
  for (let n = 1; n <= LINES_PER_MESSAGE; n++) {
    const { item, quantity } = outboundLine(i, n);
    lines.push({ orderLineNumber: n, itemNumber: externalItemNumber(item), orderedQuantity: quantity, orderedUnitSymbol: 'ea' });
  }
  return { messageId: `${run}-OM${i}`, orderNumber: `${run}-SO${i}`, shipFromWarehouseId: WAREHOUSE_ID, orderType: 'Sales', ...RECEIVER, lines };
}
