import { Type } from 'typebox';
import { Id, Int } from '../../../platform/http/schema-types.js';

const nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

export const Template = Type.Object({
  waveTemplateId: Id({ maxLength: 50 }),
  warehouseId: Id(),
  sourceSystemId: Type.Optional(nullable(Id())),
  shippingCarrierId: Type.Optional(nullable(Id())),
  deliveryModeCode: Type.Optional(nullable(Id())),
  processAt: Type.Union([Type.Literal('Release'), Type.Literal('Threshold'), Type.Literal('Manual')]),
  thresholdShipments: Type.Optional(nullable(Int({ minimum: 1 }))),
  putLocationId: Id({ description: 'Staging or bay door location the pick work brings stock to' }),
  sequence: Type.Optional(Int({ minimum: 0, default: 10 })),
});

export const WaveHeader = Type.Object({
  waveId: Type.String(),
  warehouseId: Type.String(),
  waveTemplateId: Type.String(),
  status: Type.String({ description: 'Open or Executed' }),
  createdAt: nullable(Type.String()),
  executedAt: nullable(Type.String()),
});

export const LoadHeader = Type.Object({
  loadId: Type.String(),
  warehouseId: Type.String(),
  sourceSystemId: Type.String(),
  status: Type.String({ description: 'Open, In process, Loaded or Shipped' }),
  shippingCarrierId: nullable(Type.String()),
  deliveryModeCode: nullable(Type.String()),
  shippedAt: nullable(Type.String()),
  createdAt: nullable(Type.String()),
  updatedAt: nullable(Type.String()),
});
