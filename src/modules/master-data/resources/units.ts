import { search } from './filters.js';
import { intField, keyField, textField, type ResourceSpec } from './spec.js';

/** A unit of measure. `decimals` is how finely quantities in the unit may be given (0 for pieces). */
export const units: ResourceSpec = {
  noun: 'unit',
  plural: 'units',
  path: 'units',
  table: 'units',
  tag: 'units',
  fields: {
    symbol: keyField('symbol', 'Unit symbol, e.g. ea, box, kg'),
    name: textField('name', 'Name', { required: true }),
    decimals: { ...intField('decimals', 'Decimal places allowed in quantities of this unit', { minimum: 0, maximum: 6 }), default: 0 },
  },
  key: ['symbol'],
  dependents: [
    { table: 'items', columns: ['inventory_unit'], what: 'items as their inventory unit' },
    { table: 'unit_conversions', columns: ['from_unit'], what: 'unit conversions' },
    { table: 'unit_conversions', columns: ['to_unit'], what: 'unit conversions' },
    { table: 'inbound_order_lines', columns: ['unit'], what: 'inbound shipment order lines', label: 'order_number' },
    { table: 'outbound_order_lines', columns: ['unit'], what: 'outbound shipment order lines', label: 'order_number' },
  ],
  filters: { q: search(['r.symbol', 'r.name'], 'Symbol or name contains') },
  clientsMayRead: true,
};
