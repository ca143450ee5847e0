import bwipjs from 'bwip-js';
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import { formatKg, type ContainerLabel } from './zpl.js';
import { ssccElementString } from './sscc.js';

// The standard PDF fonts only know WinAnsi; anything else prints as '?' rather than failing the document.
const printable = (text: string) => text.replace(/[^\x20-\x7E\xA0-\xFF]/g, '?');

/** The same 4 x 6 inch label as the ZPL one, as a PDF for office printers: the SSCC as a GS1-128 bar code image. */
export async function containerLabelPdf(labels: readonly ContainerLabel[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(labels.length === 1 ? `SSCC ${labels[0]?.sscc ?? ''}` : `${String(labels.length)} shipping labels`);
  doc.setProducer('Quayside');
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  for (const label of labels) {
    const png = await bwipjs.toBuffer({ bcid: 'gs1-128', text: ssccElementString(label.sscc), scale: 3, height: 22, includetext: true, textxalign: 'center' });
    const image = await doc.embedPng(png);
    const page = doc.addPage([288, 432]);
    let y = 410;
    const write = (text: string, size = 9, f = font) => {
      page.drawText(printable(text), { x: 16, y, size, font: f, color: rgb(0, 0, 0) });
      y -= size + 4;
    };
    write(`FROM: ${label.warehouseName}`, 9, bold);
    write('TO:', 9, bold);
    for (const r of label.receiver.slice(0, 4)) write(r, 11);
    y -= 4;
    page.drawLine({ start: { x: 12, y }, end: { x: 276, y }, thickness: 1 });
    y -= 14;
    write(`Shipment ${label.shipmentId}   Load ${label.loadId}`);
    write(`Container ${label.containerId} (${label.containerTypeName})`);
    write(`Weight ${formatKg(label.weightGrams)}${label.carrierId ? `   Carrier ${label.carrierId}` : ''}`);
    for (const c of label.contents.slice(0, 6)) write(`${c.itemNumber}  ${c.qty} ${c.unit}`, 8);
    if (label.contents.length > 6) write(`+ ${String(label.contents.length - 6)} more`, 8);
    const width = 256;
    const height = (image.height / image.width) * width;
    page.drawText(printable(`SSCC ${ssccElementString(label.sscc)}`), { x: 16, y: 24 + height + 8, size: 9, font: bold });
    page.drawImage(image, { x: 16, y: 20, width, height });
  }
  return doc.save();
}
