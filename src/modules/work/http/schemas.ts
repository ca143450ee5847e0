import { Type } from 'typebox';
import { LINE_TYPES, WORK_STATUSES, WORK_TYPES } from '../domain/work-status.js';
import { Id, Text } from '../../../platform/http/schema-types.js';

export const nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
export const WorkTypeSchema = Type.Union(WORK_TYPES.map((t) => Type.Literal(t)));
export const WorkStatusSchema = Type.Union(WORK_STATUSES.map((t) => Type.Literal(t)));
export const LineTypeSchema = Type.Union(LINE_TYPES.map((t) => Type.Literal(t)));
export const OperationId = Id({ maxLength: 200, description: 'Client operation id: a retry with the same id is applied once and answered with the work as it is now' });

const Header = {
  workId: Type.String(),
  workType: Type.String(),
  warehouseId: Type.String(),
  status: Type.String(),
  workTemplateId: nullable(Type.String()),
  referenceType: Type.String({ description: 'What caused the work, e.g. InboundLoad' }),
  referenceId: Type.String(),
  sourceSystemId: nullable(Type.String()),
  assignedWorker: nullable(Type.String()),
  cancelReason: nullable(Type.String()),
  version: Type.Integer(),
  createdAt: Type.String(),
  updatedAt: Type.String(),
  startedAt: nullable(Type.String()),
  closedAt: nullable(Type.String()),
  groupPuts: Type.Boolean({ description: 'Pick-pick-put: the picks come first, then one put of everything (POST .../put-all)' }),
  waitingForWorkId: nullable(Type.String({ description: 'The replenishment work this work waits for: it cannot be taken until that is put' })),
};

export const WorkLine = Type.Object({
  lineNumber: Type.Integer(),
  lineType: Type.String(),
  pickLineNumber: nullable(Type.Integer()),
  itemNumber: Type.String(),
  locationId: Type.String({ description: 'Pick: where from; put: the suggested location' }),
  licensePlateId: nullable(Type.String()),
  inventoryOwnerId: Type.String(),
  inventoryStatusId: Type.String(),
  batchNumber: nullable(Type.String()),
  serialNumber: nullable(Type.String()),
  quantity: Type.Number(),
  unitSymbol: Type.String(),
  handledQuantity: Type.Number(),
  status: Type.String(),
  actualLocationId: nullable(Type.String({ description: 'Where the put was made when the worker overrode the location' })),
  overrideReason: nullable(Type.String()),
  handledBy: nullable(Type.String()),
  handledAt: nullable(Type.String()),
});

/** The order a line serves, where the module that created the work names it (GET of one piece of work). */
const LineOrder = Type.Object({
  orderNumber: Type.String(),
  sourceSystemOrderNumber: Type.String(),
  partyName: nullable(Type.String({ description: 'The customer (outbound) or the vendor (inbound) of the order' })),
});

/** A work line as one piece of work's read shows it: with the item's name and the order it serves (the answers of take and confirm leave them out). */
export const DescribedWorkLine = Type.Object({
  ...WorkLine.properties,
  itemName: Type.Optional(nullable(Type.String())),
  order: Type.Optional(nullable(LineOrder)),
});

export const WorkSummary = Type.Object(Header);
export const DescribedWork = Type.Object({ ...Header, lines: Type.Array(DescribedWorkLine) });
export const Work = Type.Object({ ...Header, lines: Type.Array(WorkLine) });

export const WorkTemplate = Type.Object({
  templateId: Id({ maxLength: 64 }),
  name: Text(200, { minLength: 1 }),
  workType: WorkTypeSchema,
  warehouseId: Type.Optional(nullable(Id({ description: 'Null: every warehouse' }))),
  sequence: Type.Integer({ minimum: 0, maximum: 1_000_000 }),
  active: Type.Optional(Type.Boolean()),
  maxPickLines: Type.Optional(
    nullable(Type.Integer({ minimum: 1, maximum: 10_000, description: 'Pick work: the most pick lines in one piece of work; a wave splits larger work into several pieces (null: no limit)' })),
  ),
  groupPuts: Type.Optional(Type.Boolean({ description: 'Pick-pick-put: every pick of the work first, then one put of everything picked (default false: a put after each pick)' })),
});
export const WorkTemplateView = Type.Object({
  templateId: Type.String(),
  name: Type.String(),
  workType: Type.String(),
  warehouseId: nullable(Type.String()),
  sequence: Type.Integer(),
  active: Type.Boolean(),
  maxPickLines: nullable(Type.Integer()),
  groupPuts: Type.Boolean(),
  version: Type.Integer(),
});

const directiveFields = {
  name: Text(200, { minLength: 1 }),
  workType: WorkTypeSchema,
  lineType: Type.Optional(LineTypeSchema),
  warehouseId: Id(),
  sequence: Type.Integer({ minimum: 0, maximum: 1_000_000 }),
  itemNumber: Type.Optional(nullable(Id())),
  inventoryOwnerId: Type.Optional(nullable(Id())),
  inventoryStatusId: Type.Optional(nullable(Id())),
  zoneId: Type.Optional(nullable(Id({ description: 'Only locations of this zone' }))),
  locationType: Type.Optional(nullable(Id({ description: 'Candidate locations\' type; storage when not set' }))),
  respectCapacity: Type.Optional(Type.Boolean({ description: 'Skip locations whose maxQuantity would be exceeded' })),
  oneItemPerLocation: Type.Optional(Type.Boolean({ description: 'Skip locations holding another item' })),
  fallbackLocationId: Type.Optional(nullable(Id({ description: 'Used when no candidate location fits' }))),
  active: Type.Optional(Type.Boolean()),
};
export const LocationDirective = Type.Object({ directiveId: Id({ maxLength: 64 }), ...directiveFields });
export const LocationDirectiveChanges = Type.Object(directiveFields);
export const LocationDirectiveView = Type.Object({
  directiveId: Type.String(),
  name: Type.String(),
  workType: Type.String(),
  lineType: Type.String(),
  warehouseId: Type.String(),
  sequence: Type.Integer(),
  itemNumber: nullable(Type.String()),
  inventoryOwnerId: nullable(Type.String()),
  inventoryStatusId: nullable(Type.String()),
  zoneId: nullable(Type.String()),
  locationType: nullable(Type.String()),
  respectCapacity: Type.Boolean(),
  oneItemPerLocation: Type.Boolean(),
  fallbackLocationId: nullable(Type.String()),
  active: Type.Boolean(),
  version: Type.Integer(),
});
