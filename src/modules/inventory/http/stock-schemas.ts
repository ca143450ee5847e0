import { Type } from 'typebox';

const nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

/** The eight dimensions of a stock figure, as every inventory answer names them. */
export const DimensionsSchema = {
  itemNumber: Type.String(),
  warehouseId: Type.String(),
  locationId: nullable(Type.String()),
  licensePlateId: nullable(Type.String()),
  ownerId: Type.String(),
  inventoryStatusId: Type.String(),
  batchNumber: nullable(Type.String()),
  serialNumber: nullable(Type.String()),
};
