import { Type } from 'typebox';
import { Id, Text } from '../../../platform/http/schema-types.js';

export const nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

export const DimensionsView = {
  itemNumber: Type.String(),
  warehouseId: Type.String(),
  locationId: nullable(Type.String()),
  licensePlateId: nullable(Type.String()),
  ownerId: Type.String(),
  inventoryStatusId: Type.String(),
  batchNumber: nullable(Type.String()),
  serialNumber: nullable(Type.String()),
};

export const DimensionsInput = Type.Object({
  itemNumber: Id(),
  warehouseId: Id(),
  locationId: Type.Optional(nullable(Id())),
  licensePlateId: Type.Optional(nullable(Id())),
  ownerId: Id(),
  inventoryStatusId: Id(),
  batchNumber: Type.Optional(nullable(Id())),
  serialNumber: Type.Optional(nullable(Id())),
});

export const OperationId = Id({ maxLength: 200, description: 'The client\'s id for this operation: a retry with the same id is applied once' });

export const JournalHeader = {
  journalId: Type.String(),
  journalNameId: Type.String(),
  description: Type.String(),
  warehouseId: Type.String(),
  countingBy: Type.String({ description: 'Location, Item or LicensePlate' }),
  status: Type.String({ description: 'Open or Posted' }),
  isPosted: Type.Boolean(),
  createdAt: Type.String(),
  createdBy: Type.String(),
  postedAt: nullable(Type.String()),
  postedBy: nullable(Type.String()),
  postingSequence: nullable(Type.Integer({ description: 'Order in which source systems read postings' })),
};

export const JournalLine = Type.Object({
  lineNumber: Type.Integer(),
  ...DimensionsView,
  snapshotQuantity: Type.Number({ description: 'On-hand when the line was made' }),
  snapshotAt: Type.String(),
  movedSinceSnapshotQuantity: nullable(Type.Number({ description: 'Net ledger movements between the snapshot and the count' })),
  onHandQuantity: nullable(Type.Number({ description: 'On-hand at the moment of counting' })),
  countedQuantity: nullable(Type.Number()),
  adjustmentQuantity: nullable(Type.Number({ description: 'counted - on-hand at count: the delta posted; the only figure an ERP applies' })),
  isCountedQuantityZero: Type.Boolean(),
  countingDate: nullable(Type.String()),
  countedBy: nullable(Type.String()),
  countingReasonCode: nullable(Type.String()),
});

export const Journal = Type.Object({ ...JournalHeader, lines: Type.Array(JournalLine) });

export const JournalName = Type.Object({
  journalNameId: Id({ maxLength: 50 }),
  description: Text(500),
  excludeFromWarehouseInventoryUpdateLogs: Type.Boolean(),
});
