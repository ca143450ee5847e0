import bwipjs from 'bwip-js';
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';

/** What a license plate label shows: the plate as a Code 128 bar code a put-away worker scans, and what it holds. */
export interface LicensePlateLabel {
  licensePlateId: string;
  warehouseName: string;
  locationId: string | null;
  contents: Array<{ itemNumber: string; qty: string; unit: string; batchNumber: string | null }>;
}

function field(text: string): string {
  return text.replace(/[\^~]/g, ' ').replace(/[^\x20-\x7E]/g, '?');
}

/** A 4 x 3 inch (203 dpi) license plate label in ZPL II: the plate's number large and as a Code 128 bar code. */
export function licensePlateZpl(label: LicensePlateLabel): string {
  const lines = ['^XA', '^CI0', '^PW812', '^LL609', '^LH0,0'];
  lines.push(`^FO40,30^A0N,30,30^FD${field(label.warehouseName)}${label.locationId ? `   ${field(label.locationId)}` : ''}^FS`);
  lines.push(`^FO40,80^A0N,60,60^FDLP ${field(label.licensePlateId)}^FS`);
  lines.push(`^FO60,160^BY3^BCN,180,N,N,N^FD${field(label.licensePlateId)}^FS`);
  let y = 370;
  for (const c of label.contents.slice(0, 5)) {
    lines.push(`^FO40,${String(y)}^A0N,26,26^FD${field(`${c.itemNumber}  ${c.qty} ${c.unit}${c.batchNumber ? `  BATCH ${c.batchNumber}` : ''}`)}^FS`);
    y += 36;
  }
  if (label.contents.length > 5) lines.push(`^FO40,${String(y)}^A0N,26,26^FD+ ${String(label.contents.length - 5)} more^FS`);
  lines.push('^XZ');
  return `${lines.join('\n')}\n`;
}

const printable = (text: string) => text.replace(/[^\x20-\x7E\xA0-\xFF]/g, '?');

/** The same label as a PDF page for office printers. */
export async function licensePlateLabelPdf(label: LicensePlateLabel): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(`License plate ${label.licensePlateId}`);
  doc.setProducer('Quayside');
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const png = await bwipjs.toBuffer({ bcid: 'code128', text: label.licensePlateId, scale: 3, height: 18, includetext: false });
  const image = await doc.embedPng(png);
  const page = doc.addPage([288, 216]);
  page.drawText(printable(`${label.warehouseName}${label.locationId ? `   ${label.locationId}` : ''}`), { x: 16, y: 194, size: 9, font, color: rgb(0, 0, 0) });
  page.drawText(printable(`LP ${label.licensePlateId}`), { x: 16, y: 172, size: 16, font: bold });
  const width = 256;
  const height = Math.min(70, (image.height / image.width) * width);
  page.drawImage(image, { x: 16, y: 94, width, height });
  let y = 80;
  for (const c of label.contents.slice(0, 5)) {
    page.drawText(printable(`${c.itemNumber}  ${c.qty} ${c.unit}${c.batchNumber ? `  batch ${c.batchNumber}` : ''}`), { x: 16, y, size: 8, font });
    y -= 12;
  }
  return doc.save();
}
