import { Type } from 'typebox';
import { sorting, textSort } from '../../../platform/http/paging.js';
import { FreeForm, Id, LineNumber, Quantity } from '../../../platform/http/schema-types.js';
import { micro, nullable } from './schemas.js';

/** What the inbound load routes take: planned load lines, an ASN, and the loads' sorting. */
/** An ASN names at most this many shipments, license plates per shipment and lines per license plate. */
export const MAX_ASN_SHIPMENTS = 100;
export const MAX_ASN_LICENSE_PLATES = 5000;
export const MAX_ASN_LINES = 1000;
export const MAX_PLANNED_LINES = 1000;
export const PlannedLine = Type.Object({
  orderNumber: Id({ description: 'Internal inbound shipment order number' }),
  orderLineNumber: LineNumber(),
  quantity: Type.Optional(Quantity({ description: 'In the inventory unit; default: what is not yet on a load' })),
});
export const plannedLines = (lines: Array<{ orderNumber: string; orderLineNumber: number; quantity?: number }>) =>
  lines.map((l, i) => ({ orderNumber: l.orderNumber, lineNumber: l.orderLineNumber, qty: l.quantity === undefined ? undefined : micro(`lines/${String(i)}/quantity`, l.quantity) }));

export const AsnLine = Type.Object({
  orderNumber: Id({ description: "The source system's order number" }),
  orderLineNumber: LineNumber(),
  itemNumber: Id({ description: "The source system's (or the internal) item number" }),
  quantity: Quantity(),
  unitSymbol: Id(),
  itemBatchNumber: Type.Optional(nullable(Id())),
});
export const AsnBody = Type.Object({
  sourceSystemId: Type.Optional(Id({ description: 'Integration keys: their own; users: required' })),
  receivingWarehouseId: Id(),
  transport: Type.Optional(FreeForm({ description: 'Tractor, trailer, carrier, estimated arrival...' })),
  shipments: Type.Array(
    Type.Object({
      vendorShipmentId: Type.Optional(nullable(Id())),
      vendorPackingSlipId: Type.Optional(nullable(Id())),
      details: Type.Optional(FreeForm()),
      licensePlates: Type.Array(
        Type.Object({
          licensePlateNumber: Id(),
          parentLicensePlateNumber: Type.Optional(nullable(Id({ description: 'For a case nested in a pallet of the same shipment' }))),
          lines: Type.Optional(Type.Array(AsnLine, { maxItems: MAX_ASN_LINES })),
        }),
        { minItems: 1, maxItems: MAX_ASN_LICENSE_PLATES },
      ),
    }),
    { minItems: 1, maxItems: MAX_ASN_SHIPMENTS },
  ),
});

export const LoadSorting = sorting({
  fields: {
    loadId: textSort('load_id'),
    warehouseId: textSort('warehouse_id'),
    sourceSystemId: textSort('source_system_id'),
    loadStatus: textSort('status'),
    receivingCompletedAt: 'receiving_completed_at',
    packingSlipId: textSort('packing_slip_id'),
    packingSlipDate: 'packing_slip_date',
    createdAt: 'created_at',
    updatedAt: 'updated_at',
  },
  default: { sort: 'createdAt', order: 'desc' },
  tiebreak: textSort('load_id'),
});
