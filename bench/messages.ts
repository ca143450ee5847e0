import type { InboundShipmentOrderMessage } from '../src/modules/integration/http/message-schemas.js';

export const LINES_PER_MESSAGE = 5;
export const ITEM_COUNT = 50;
export const WAREHOUSE_ID = 'WH1';
export const OWNER_ID = 'OWN-A';
export const STATUS_ID = 'AV';
/** The consigner block of every bench message. */
export const PARTIES = { consignerAccountNumber: 'V-100', consignerName: 'Acme Supplies' };

export const itemNumber = (i: number): string => `ITEM-${String(i).padStart(3, '0')}`;
export const externalItemNumber = (i: number): string => `ERP-${itemNumber(i)}`;

/**
 * Message i of a run: a new inbound shipment order of five lines, each line a different item in the
 * inventory unit, owner and status by default, as a typical ERP purchase order message looks.
 */
export function inboundMessage(run: string, i: number): InboundShipmentOrderMessage {
  const lines = [];
  for (let n = 1; n <= LINES_PER_MESSAGE; n++) {
    lines.push({
      orderLineNumber: n,
      itemNumber: externalItemNumber((i * LINES_PER_MESSAGE + n) % ITEM_COUNT),
      expectedQuantity: n * 4 + (i % 7),
      expectedUnitSymbol: 'ea',
    });
  }
  return {
    messageId: `${run}-M${i}`,
    orderNumber: `${run}-PO${i}`,
    receivingWarehouseId: WAREHOUSE_ID,
    orderType: 'Purchase order',
    ...PARTIES,
    lines,
  };
}
