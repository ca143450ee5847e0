import { convertQty, type Qty } from '../../../platform/quantity.js';
import type { ReferenceReader } from '../../master-data/index.js';

/**
 * "Delivery remainder" (reference 1.2/1.3, Update line > Delivery remainder): what an order line still
 * expects after what is done (received, shipped) is set by hand, typically to 0 when the vendor will not
 * deliver the rest or the customer no longer wants it. The remainder is given in the line's own unit;
 * the line's quantities become what is done plus that remainder, in both units.
 */
export async function quantitiesWithRemainder(
  refs: ReferenceReader,
  line: { itemNumber: string; unit: string; inventoryUnit: string },
  doneInventoryQty: number,
  remainingInLineUnit: Qty,
): Promise<{ lineUnitQty: number; inventoryQty: number } | undefined> {
  const toInventory = await refs.conversion(line.itemNumber, line.unit, line.inventoryUnit);
  const toLineUnit = await refs.conversion(line.itemNumber, line.inventoryUnit, line.unit);
  if (!toInventory || !toLineUnit) return undefined;
  const inventoryQty = doneInventoryQty + convertQty(remainingInLineUnit, toInventory.numerator, toInventory.denominator);
  return { inventoryQty, lineUnitQty: convertQty(inventoryQty as Qty, toLineUnit.numerator, toLineUnit.denominator) };
}
