import { ProductDimensionFields } from '../../master-data/index.js';
import { Type } from 'typebox';
import { DIMENSION_LEVELS } from '../domain/update-log-rules.js';
import { Id } from '../../../platform/http/schema-types.js';

export const nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
export const READ = ['source_system', 'integration_operator', 'warehouse_manager', 'planner'] as const;
export const SourceSystemParams = Type.Object({ sourceSystemId: Id() });
export const DimensionLevel = Type.Union(Object.keys(DIMENSION_LEVELS).map((k) => Type.Literal(k)));

export const ReportHeader = Type.Object({
  reportId: Type.String({ description: 'ReportNumber' }),
  reportName: Type.String(),
  sourceSystemId: Type.String(),
  inventoryAsOfDate: Type.String(),
  reportExecutionTime: Type.String(),
  includeRegisteredAndPickedTransactions: Type.Boolean(),
  dimensions: Type.Array(Type.String(), { description: 'Dimension levels the lines are kept at, besides the item' }),
  trigger: Type.String({ description: 'Manual or Recurring' }),
  lineCount: Type.Integer(),
});

export const ReportLine = Type.Object({
  lineNumber: Type.Integer(),
  itemNumber: Type.String(),
  sourceSystemItemNumber: Type.String(),
  ...ProductDimensionFields,
  warehouseId: nullable(Type.String()),
  locationId: nullable(Type.String()),
  licensePlateId: nullable(Type.String()),
  inventoryStatusId: nullable(Type.String()),
  inventoryOwnerId: nullable(Type.String()),
  sourceSystemInventoryOwnerId: nullable(Type.String()),
  batchNumber: nullable(Type.String()),
  serialNumber: nullable(Type.String()),
  onHandQuantity: Type.Number(),
});

export const UpdateLogEntry = Type.Object({
  sequence: Type.Integer({ description: 'LineNumber: the read cursor' }),
  updateReferenceId: Type.String({ description: 'Groups the entries of one physical update' }),
  publishId: Type.String(),
  publishedAt: Type.String(),
  transactionTime: Type.String({ description: 'When the stock physically changed' }),
  referenceCategory: Type.String({ description: 'What caused it: InboundOrderLine, OutboundOrderLine, CountingJournal, InventoryStatusChange...' }),
  referenceId: Type.String(),
  kind: Type.String(),
  itemNumber: Type.String(),
  sourceSystemItemNumber: Type.String(),
  ...ProductDimensionFields,
  warehouseId: Type.String(),
  locationId: nullable(Type.String()),
  licensePlateId: nullable(Type.String()),
  inventoryStatusId: Type.String(),
  inventoryOwnerId: Type.String(),
  sourceSystemInventoryOwnerId: nullable(Type.String()),
  batchNumber: nullable(Type.String()),
  serialNumber: nullable(Type.String()),
  handlingQuantity: Type.Number({ description: 'Signed: positive added, negative removed' }),
  handlingQuantityUnitSymbol: Type.String(),
  alsoReportedBy: nullable(Type.String({ description: 'ShipmentReceipt, ShipmentPackingSlip or CountingJournal: that document reports the same quantity too' })),
});
