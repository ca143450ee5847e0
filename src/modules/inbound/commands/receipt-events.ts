import type { NewBusinessEvent } from '../../events/index.js';
import type { ShipmentReceiptsTable } from '../db/tables.js';

export type ReceiptChange = 'Created' | 'Posted';

/** WHSShipmentReceivingJournalModifiedBusinessEvent: read the receipt by its version number. */
export function receiptModified(r: Pick<ShipmentReceiptsTable, 'receipt_version_number' | 'receipt_number' | 'version' | 'posting_status' | 'source_system_id' | 'load_id' | 'shipment_id' | 'order_number' | 'change_seq'>, sourceOrderNumber: string, change: ReceiptChange): NewBusinessEvent {
  return {
    type: 'shipmentReceipt.modified',
    sourceSystemId: r.source_system_id,
    subject: r.receipt_number,
    payload: {
      shipmentReceiptVersionNumber: r.receipt_version_number,
      shipmentReceiptNumber: r.receipt_number,
      version: r.version,
      change,
      postingStatus: r.posting_status,
      sourceSystemId: r.source_system_id,
      loadId: r.load_id,
      shipmentId: r.shipment_id,
      inboundShipmentOrderNumber: r.order_number,
      sourceSystemOrderNumber: sourceOrderNumber,
      cursor: String(r.change_seq),
    },
  };
}

export function receiptReversed(r: Pick<ShipmentReceiptsTable, 'receipt_version_number' | 'receipt_number' | 'version' | 'source_system_id' | 'load_id' | 'shipment_id' | 'order_number' | 'change_seq'>, reversedVersionNumber: string, sourceOrderNumber: string): NewBusinessEvent {
  return {
    type: 'shipmentReceipt.reversed',
    sourceSystemId: r.source_system_id,
    subject: r.receipt_number,
    payload: {
      shipmentReceiptVersionNumber: r.receipt_version_number,
      reversedVersionNumber,
      shipmentReceiptNumber: r.receipt_number,
      version: r.version,
      sourceSystemId: r.source_system_id,
      loadId: r.load_id,
      shipmentId: r.shipment_id,
      inboundShipmentOrderNumber: r.order_number,
      sourceSystemOrderNumber: sourceOrderNumber,
      cursor: String(r.change_seq),
    },
  };
}

/** WHSShipmentReceivingJournalFailedBusinessEvent. */
export function receiptPostingFailed(r: Pick<ShipmentReceiptsTable, 'receipt_version_number' | 'receipt_number' | 'source_system_id' | 'load_id'>, attempts: number, error: string): NewBusinessEvent {
  return {
    type: 'shipmentReceipt.failed',
    sourceSystemId: r.source_system_id,
    subject: r.receipt_number,
    payload: { shipmentReceiptVersionNumber: r.receipt_version_number, shipmentReceiptNumber: r.receipt_number, sourceSystemId: r.source_system_id, loadId: r.load_id, attempts, error },
  };
}
