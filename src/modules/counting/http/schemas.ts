import { Type } from 'typebox';

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
  itemNumber: Type.String({ minLength: 1 }),
  warehouseId: Type.String({ minLength: 1 }),
  locationId: Type.Optional(nullable(Type.String())),
  licensePlateId: Type.Optional(nullable(Type.String())),
  ownerId: Type.String({ minLength: 1 }),
  inventoryStatusId: Type.String({ minLength: 1 }),
  batchNumber: Type.Optional(nullable(Type.String())),
  serialNumber: Type.Optional(nullable(Type.String())),
});

export const OperationId = Type.String({ minLength: 1, maxLength: 200, description: 'The client\'s id for this operation: a retry with the same id is applied once' });

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
  journalNameId: Type.String({ minLength: 1, maxLength: 50 }),
  description: Type.String(),
  excludeFromWarehouseInventoryUpdateLogs: Type.Boolean(),
});
