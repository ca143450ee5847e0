import { i18n } from '../../i18n';
/** The dimension levels an on-hand report can keep besides the item, in the API's words and the screen's. */
export const DIMENSION_LEVELS = [
  { value: 'warehouse', label: 'Warehouse' },
  { value: 'location', label: 'Location' },
  { value: 'inventoryStatus', label: 'Inventory status' },
  { value: 'owner', label: 'Owner' },
  { value: 'batch', label: 'Batch' },
  { value: 'serial', label: 'Serial number' },
  { value: 'licensePlate', label: 'License plate' },
] as const;

export type DimensionLevel = (typeof DIMENSION_LEVELS)[number]['value'];

/** The level's name in the user's language (the English one when the catalogue has none). */
export const levelLabel = (value: string) => i18n.t(`reconciliation:levels.${value}`, { defaultValue: DIMENSION_LEVELS.find((d) => d.value === value)?.label ?? value });
