import type { Executor } from '../../../platform/db/database.js';
import type { OutboundLoadTemplatesTable } from './tables.js';

/** What a load (or one of its shipments) holds: weight and volume from the items' unit weight and volume. */
export interface Fill {
  weightGrams: number;
  volumeCm3: number;
  /** Items without a unit weight or volume: the figures leave them out. */
  itemsWithoutWeight: string[];
  itemsWithoutVolume: string[];
}

export interface LoadFill extends Fill {
  shipments: Map<string, Fill>;
}

const empty = (): Fill => ({ weightGrams: 0, volumeCm3: 0, itemsWithoutWeight: [], itemsWithoutVolume: [] });

function add(fill: Fill, itemNumber: string, qty: number, weight: number | null, volume: number | null): void {
  // qty is micro-units of the inventory unit; weight and volume are per unit.
  if (weight === null) {
    if (!fill.itemsWithoutWeight.includes(itemNumber)) fill.itemsWithoutWeight.push(itemNumber);
  } else fill.weightGrams += Math.ceil((qty * weight) / 1_000_000);
  if (volume === null) {
    if (!fill.itemsWithoutVolume.includes(itemNumber)) fill.itemsWithoutVolume.push(itemNumber);
  } else fill.volumeCm3 += Math.ceil((qty * volume) / 1_000_000);
}

/** The fill of each load, and of each of its shipments, from their open load lines. */
export async function loadFills(db: Executor, loadIds: readonly string[]): Promise<Map<string, LoadFill>> {
  const fills = new Map<string, LoadFill>(loadIds.map((id) => [id, { ...empty(), shipments: new Map() }]));
  if (loadIds.length === 0) return fills;
  const lines = await db
    .selectFrom('outbound_load_lines as ll')
    .innerJoin('items as i', 'i.item_number', 'll.item_number')
    .select(['ll.load_id', 'll.shipment_id', 'll.item_number', 'll.qty', 'i.unit_weight_grams', 'i.unit_volume_cm3'])
    .where('ll.load_id', 'in', [...loadIds])
    .where('ll.status', '=', 'Open')
    .execute();
  for (const l of lines) {
    const load = fills.get(l.load_id);
    if (!load) continue;
    let shipment = load.shipments.get(l.shipment_id);
    if (!shipment) load.shipments.set(l.shipment_id, (shipment = empty()));
    add(load, l.item_number, l.qty, l.unit_weight_grams, l.unit_volume_cm3);
    add(shipment, l.item_number, l.qty, l.unit_weight_grams, l.unit_volume_cm3);
  }
  return fills;
}

/** What the template refuses about a load of this fill and shipment count: none when it fits. */
export function overCapacity(template: Pick<OutboundLoadTemplatesTable, 'max_weight_grams' | 'max_volume_cm3' | 'max_shipments'>, fill: Fill, shipments: number): string[] {
  const over: string[] = [];
  if (template.max_weight_grams !== null && fill.weightGrams > Number(template.max_weight_grams)) over.push(`weight ${String(fill.weightGrams)} g is more than ${String(template.max_weight_grams)} g`);
  if (template.max_volume_cm3 !== null && fill.volumeCm3 > Number(template.max_volume_cm3)) over.push(`volume ${String(fill.volumeCm3)} cm³ is more than ${String(template.max_volume_cm3)} cm³`);
  if (template.max_shipments !== null && shipments > template.max_shipments) over.push(`${String(shipments)} shipments are more than ${String(template.max_shipments)}`);
  return over;
}
