import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';

export interface PrintableSlip {
  shipmentPackingSlipVersionNumber: string;
  postingStatus: string;
  loadId: string;
  shipmentId: string;
  shipFromWarehouseId: string;
  documentDate: string | null;
  shippingCarrierId: string | null;
  deliveryTermsCode: string | null;
  parties: Record<string, unknown>;
  consigneePurchaseOrderNumber?: string | null;
  lines: Array<{
    sourceSystemOrderNumber: string;
    orderLineNumber: number;
    itemNumber: string;
    sourceSystemItemNumber: string;
    orderedQuantity: number;
    shippedQuantity: number;
    remainingQuantity: number;
    unitSymbol: string;
    orderedUnit?: { unitSymbol: string; orderedQuantity: number; shippedQuantity: number; remainingQuantity: number } | null;
    consigneeReference?: string | null;
    consigneeLineNumber?: number | null;
    transactionDimensions: Array<{ shippingWarehouseLocationId: string; licensePlateNumber: string | null; itemBatchNumber: string | null; itemSerialNumber: string | null; quantity: number }>;
  }>;
}

// The standard PDF fonts only know WinAnsi; anything else prints as '?' rather than failing the document.
const printable = (text: string) => text.replace(/[^\x20-\x7E\xA0-\xFF]/g, '?');

/** A one-or-more page A4 packing slip for the driver: header, receiver, and per line what was shipped from where. */
export async function renderPackingSlipPdf(slip: PrintableSlip): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(`Shipment packing slip ${slip.shipmentPackingSlipVersionNumber}`);
  doc.setProducer('Quayside');
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const margin = 50;
  let page: PDFPage = doc.addPage([595.28, 841.89]);
  let y = page.getHeight() - margin;
  const write = (text: string, x: number, size = 10, f: PDFFont = font) => page.drawText(printable(text), { x, y, size, font: f, color: rgb(0, 0, 0) });
  const next = (step: number) => {
    y -= step;
    if (y < margin) {
      page = doc.addPage([595.28, 841.89]);
      y = page.getHeight() - margin;
    }
  };

  write('Shipment packing slip', margin, 18, bold);
  next(24);
  write(`${slip.shipmentPackingSlipVersionNumber}   (${slip.postingStatus})`, margin, 12, bold);
  next(20);
  const p = slip.parties;
  const receiver = ['Name', 'Street', 'StreetNumber', 'ZipCode', 'City', 'CountryRegionId']
    .map((f) => p[`receiver${f}`] ?? p[`consignee${f}`])
    .filter((v): v is string => typeof v === 'string' && v !== '')
    .join(', ');
  for (const [label, value] of [
    ['Ship from warehouse', slip.shipFromWarehouseId],
    ['Load / shipment', `${slip.loadId} / ${slip.shipmentId}`],
    ['Document date', slip.documentDate ?? ''],
    ['Carrier', slip.shippingCarrierId ?? ''],
    ['Delivery terms', slip.deliveryTermsCode ?? ''],
    ['Receiver', receiver],
    ['Your order', slip.consigneePurchaseOrderNumber ?? ''],
  ] as const) {
    write(`${label}:`, margin, 10, bold);
    write(value, margin + 130, 10);
    next(14);
  }
  next(10);
  const cols = [margin, margin + 70, margin + 110, margin + 250, margin + 320, margin + 390, margin + 460];
  ['Order', 'Line', 'Item', 'Ordered', 'Shipped', 'Remaining', 'Unit'].forEach((h, i) => write(h, cols[i] ?? margin, 10, bold));
  next(14);
  for (const l of slip.lines) {
    // In the unit the customer ordered (5 box), with the inventory quantity beside it when the units differ.
    const o = l.orderedUnit ?? { unitSymbol: l.unitSymbol, orderedQuantity: l.orderedQuantity, shippedQuantity: l.shippedQuantity, remainingQuantity: l.remainingQuantity };
    [l.sourceSystemOrderNumber, String(l.orderLineNumber), l.sourceSystemItemNumber, String(o.orderedQuantity), String(o.shippedQuantity), String(o.remainingQuantity), o.unitSymbol].forEach((v, i) =>
      write(v, cols[i] ?? margin, 10),
    );
    next(13);
    const notes: string[] = [];
    if (o.unitSymbol !== l.unitSymbol) notes.push(`shipped ${String(l.shippedQuantity)} ${l.unitSymbol}`);
    if (l.consigneeLineNumber != null) notes.push(`your line ${String(l.consigneeLineNumber)}`);
    if (l.consigneeReference) notes.push(`reference ${l.consigneeReference}`);
    if (notes.length > 0) {
      write(notes.join(', '), cols[2] ?? margin, 9);
      next(12);
    }
    for (const d of l.transactionDimensions) {
      const parts = [`from ${d.shippingWarehouseLocationId}`];
      if (d.licensePlateNumber) parts.push(`license plate ${d.licensePlateNumber}`);
      if (d.itemBatchNumber) parts.push(`batch ${d.itemBatchNumber}`);
      if (d.itemSerialNumber) parts.push(`serial ${d.itemSerialNumber}`);
      write(`${parts.join(', ')}: ${String(d.quantity)} ${l.unitSymbol}`, cols[2] ?? margin, 9);
      next(12);
    }
  }
  next(30);
  write('Received in good order: ______________________   Driver: ______________________', margin, 10);
  return doc.save();
}
