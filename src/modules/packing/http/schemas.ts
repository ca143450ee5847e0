import { Type } from 'typebox';
import { Id, Int, Quantity, RowId, Text } from '../../../platform/http/schema-types.js';
import { HOST_PATTERN } from '../domain/printer-target.js';

export const OperationId = Id({ maxLength: 200, description: 'Client operation id: a retry with the same id is applied once' });
const Grams = (description: string) => Int({ minimum: 0, maximum: 100_000_000, description });
const Mm = (description: string) => Int({ minimum: 1, maximum: 100_000, description });

export const ContainerTypeInput = Type.Object({
  name: Text(200, { minLength: 1 }),
  tareWeightGrams: Grams('Weight of the empty container in grams'),
  maxWeightGrams: Grams('Most the packed container may weigh in grams, tare included'),
  lengthMm: Mm('Outer length in millimetres'),
  widthMm: Mm('Outer width in millimetres'),
  heightMm: Mm('Outer height in millimetres'),
});
export const ContainerType = Type.Object({ containerTypeId: Type.String(), ...ContainerTypeInput.properties });

export const LabelSettingsInput = Type.Object({
  gs1CompanyPrefix: Type.String({ pattern: '^[0-9]{6,12}$', minLength: 6, maxLength: 12, description: 'GS1 company prefix: 6 to 12 digits' }),
  extensionDigit: Int({ minimum: 0, maximum: 9, description: 'SSCC extension digit, 0 to 9' }),
});
export const LabelSettings = Type.Object({ warehouseId: Type.String(), ...LabelSettingsInput.properties });

export const PrinterInput = Type.Object({
  name: Text(200, { minLength: 1 }),
  host: Type.String({ minLength: 1, maxLength: 253, pattern: HOST_PATTERN, description: 'Address or host name on the warehouse network (ADR 0021)' }),
  port: Type.Optional(Int({ minimum: 1, maximum: 65_535, default: 9100, description: 'Raw TCP port; 9100 when not given' })),
  format: Type.Optional(Type.Literal('ZPL', { description: 'Label language; ZPL (Zebra)' })),
});
export const Printer = Type.Object({ printerId: Type.String(), name: Type.String(), host: Type.String(), port: Type.Integer(), format: Type.String() });

export const PrintJobStatus = Type.Union([Type.Literal('queued'), Type.Literal('sending'), Type.Literal('sent'), Type.Literal('failed')]);
export const PrintJob = Type.Object({
  id: Type.Integer(),
  printerId: Type.String(),
  containerId: Type.Union([Type.String(), Type.Null()], { description: "The shipping container whose label it is; null for a license plate's label" }),
  licensePlateId: Type.Union([Type.String(), Type.Null()], { description: 'The license plate whose label it is (printed at receiving); null for a container' }),
  sscc: Type.Union([Type.String(), Type.Null()]),
  status: PrintJobStatus,
  attempts: Type.Integer(),
  maxAttempts: Type.Integer(),
  nextAttemptAt: Type.Union([Type.String(), Type.Null()], { description: 'When a queued job is tried next' }),
  lastError: Type.Union([Type.String(), Type.Null()]),
  requestedBy: Type.String(),
  createdAt: Type.String(),
  sentAt: Type.Union([Type.String(), Type.Null()]),
});

const Content = Type.Object({
  orderNumber: Type.String(),
  orderLineNumber: Type.Integer(),
  itemNumber: Type.String(),
  batchNumber: Type.Union([Type.String(), Type.Null()]),
  serialNumber: Type.Union([Type.String(), Type.Null()]),
  quantity: Type.Number(),
  unitSymbol: Type.String(),
});
export const ContainerStatus = Type.Union([Type.Literal('Open'), Type.Literal('Closed')]);
export const Container = Type.Object({
  containerId: Type.String({ description: 'The license plate of the container' }),
  warehouseId: Type.String(),
  stationLocationId: Type.String(),
  shipmentId: Type.String(),
  loadId: Type.String(),
  sourceSystemId: Type.String(),
  containerTypeId: Type.String(),
  containerTypeName: Type.String(),
  parentContainerId: Type.Union([Type.String(), Type.Null()]),
  status: Type.String(),
  weightGrams: Type.Union([Type.Integer(), Type.Null()]),
  weightSource: Type.Union([Type.String(), Type.Null()]),
  maxWeightGrams: Type.Integer(),
  sscc: Type.Union([Type.String(), Type.Null()]),
  openedBy: Type.String(),
  openedAt: Type.String(),
  closedBy: Type.Union([Type.String(), Type.Null()]),
  closedAt: Type.Union([Type.String(), Type.Null()]),
  contents: Type.Array(Content),
});

export const OpenContainerBody = Type.Object({
  operationId: OperationId,
  warehouseId: Id(),
  stationLocationId: Id({ description: 'The packing station (a location of type packing)' }),
  shipmentId: Id(),
  containerTypeId: Id(),
  containerId: Type.Optional(Id({ description: 'A pre-printed license plate; otherwise one is numbered' })),
  parentContainerId: Type.Optional(Id({ description: 'Nest the container on this container of the same shipment' })),
});

export const PackBody = Type.Object({
  operationId: OperationId,
  licensePlateId: Type.Optional(Id({ description: 'Pack everything picked for the shipment on this license plate' })),
  itemNumber: Type.Optional(Id({ description: 'Or pack a quantity of this item (with quantity)' })),
  quantity: Type.Optional(Quantity()),
  batchNumber: Type.Optional(Id()),
  serialNumber: Type.Optional(Id()),
});

export const CloseBody = Type.Object({
  operationId: OperationId,
  weightGrams: Type.Optional(Int({ minimum: 1, maximum: 100_000_000, description: 'Weighed; otherwise computed from the items\' unit weights and the tare' })),
  printerId: Type.Optional(Id({ description: 'Queue the label for this printer at once' })),
});

export const PrintBody = Type.Object({ printerId: Id() });
export const JobId = Type.Object({ id: RowId() });
