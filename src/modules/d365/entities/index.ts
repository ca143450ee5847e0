import type { EntitySet, SourceRow } from '../odata/entity-set.js';
import { ShipmentPackingSlipJournalHeaders, ShipmentPackingSlipJournalLines } from './packing-slips.js';
import { ShipmentReceiptJournalHeaders, ShipmentReceiptJournalLines } from './shipment-receipts.js';
import { WarehouseInventoryUpdateLogs } from './update-log.js';
import { ShipmentPackingSlipTransactionDimensions, ShipmentReceiptTransactionDimensions } from './transaction-dimensions.js';
import { InventoryCountingJournalHeaders, InventoryCountingJournalLines } from './counting-journals.js';
import { InboundShipmentOrderMessageReads, OutboundShipmentOrderMessageReads } from './messages.js';
import { OutboundNotifications, OutboundShipmentLineNotifications } from './notifications.js';
import { SourceSystemWarehouseInventoryOnhandReportLines, WarehouseInventoryOnhandReportLines, WarehouseInventoryOnhandReports } from './on-hand-reports.js';

/** Each set reads its own row type; the service handles them alike through the SourceRow they share. */
const erase = <R extends SourceRow>(set: EntitySet<R>) => set as unknown as EntitySet;

/** The read-only entity sets an ERP reads after the business events (reference 5.4). */
export const DOCUMENT_SETS: readonly EntitySet[] = [
  erase(ShipmentReceiptJournalHeaders),
  erase(ShipmentReceiptJournalLines),
  erase(ShipmentReceiptTransactionDimensions),
  erase(ShipmentPackingSlipJournalHeaders),
  erase(ShipmentPackingSlipJournalLines),
  erase(ShipmentPackingSlipTransactionDimensions),
  erase(WarehouseInventoryUpdateLogs),
  erase(InventoryCountingJournalHeaders),
  erase(InventoryCountingJournalLines),
  erase(WarehouseInventoryOnhandReports),
  erase(WarehouseInventoryOnhandReportLines),
  erase(SourceSystemWarehouseInventoryOnhandReportLines),
  erase(OutboundNotifications),
  erase(OutboundShipmentLineNotifications),
];

/** The message sets read back: their entity types are the message entities' (messages/schemas.ts). */
export const MESSAGE_READ_SETS: readonly EntitySet[] = [erase(InboundShipmentOrderMessageReads), erase(OutboundShipmentOrderMessageReads)];

/** An entity set that can be read (GET), by name. */
export function readableSet(name: string): EntitySet | undefined {
  return DOCUMENT_SETS.find((s) => s.name === name) ?? MESSAGE_READ_SETS.find((s) => s.name === name);
}
