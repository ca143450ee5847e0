import { ssccElementString } from './sscc.js';

export interface ContainerLabel {
  sscc: string;
  containerId: string;
  containerTypeName: string;
  shipmentId: string;
  loadId: string;
  warehouseName: string;
  receiver: string[];
  carrierId: string | null;
  weightGrams: number;
  contents: Array<{ itemNumber: string; qty: string; unit: string }>;
}

/** ZPL field data may not hold the command prefixes ^ and ~; anything outside printable ASCII prints as '?'. */
function field(text: string): string {
  return text.replace(/[\^~]/g, ' ').replace(/[^\x20-\x7E]/g, '?');
}

export function formatKg(grams: number): string {
  return `${(grams / 1000).toFixed(3)} kg`;
}

/**
 * A 4 x 6 inch (203 dpi) shipping label in ZPL II: ship from and to, shipment, load and container, weight,
 * the first lines of the contents, and the SSCC as a GS1-128 bar code (^BC in UCC/EAN mode: start C,
 * FNC1, AI 00 and the 18 digits).
 */
export function containerZpl(label: ContainerLabel): string {
  const lines: string[] = ['^XA', '^CI0', '^PW812', '^LL1218', '^LH0,0'];
  let y = 30;
  const text = (value: string, size = 28) => {
    lines.push(`^FO40,${String(y)}^A0N,${String(size)},${String(size)}^FD${field(value)}^FS`);
    y += size + 10;
  };
  text(`FROM: ${label.warehouseName}`);
  text('TO:');
  for (const r of label.receiver.slice(0, 4)) text(r, 34);
  y += 10;
  lines.push(`^FO30,${String(y)}^GB752,3,3^FS`);
  y += 20;
  text(`SHIPMENT ${label.shipmentId}   LOAD ${label.loadId}`);
  text(`CONTAINER ${label.containerId} (${label.containerTypeName})`);
  text(`WEIGHT ${formatKg(label.weightGrams)}${label.carrierId ? `   CARRIER ${label.carrierId}` : ''}`);
  for (const c of label.contents.slice(0, 5)) text(`${c.itemNumber}  ${c.qty} ${c.unit}`, 24);
  if (label.contents.length > 5) text(`+ ${String(label.contents.length - 5)} more`, 24);
  lines.push(`^FO30,820^GB752,3,3^FS`);
  lines.push(`^FO40,840^A0N,28,28^FDSSCC ${ssccElementString(label.sscc)}^FS`);
  lines.push(`^FO60,890^BY3^BCN,230,Y,N,N,D^FD(00)${label.sscc}^FS`);
  lines.push('^XZ');
  return `${lines.join('\n')}\n`;
}
