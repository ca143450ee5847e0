import { defineError } from '../../platform/errors.js';

export const PackingErrors = {
  containerTypeNotFound: defineError('PACKING.CONTAINER_TYPE_NOT_FOUND', 404, 'The container type does not exist'),
  containerNotFound: defineError('PACKING.CONTAINER_NOT_FOUND', 404, 'The shipping container does not exist'),
  containerClosed: defineError('PACKING.CONTAINER_CLOSED', 409, 'The shipping container is closed'),
  containerNotClosed: defineError('PACKING.CONTAINER_NOT_CLOSED', 409, 'The shipping container is not closed yet: it has no SSCC and no label'),
  containerEmpty: defineError('PACKING.CONTAINER_EMPTY', 409, 'Nothing is packed in the shipping container'),
  containerExists: defineError('PACKING.CONTAINER_EXISTS', 409, 'A license plate with this id is already a shipping container'),
  overweight: defineError('PACKING.OVERWEIGHT', 422, 'The container would weigh more than its container type allows'),
  weightUnknown: defineError('PACKING.WEIGHT_UNKNOWN', 422, 'The weight cannot be computed: enter it'),
  notPackingStation: defineError('PACKING.NOT_A_PACKING_STATION', 422, 'The location is not a packing station (a location of type packing) of the warehouse'),
  shipmentNotPackable: defineError('PACKING.SHIPMENT_NOT_PACKABLE', 409, 'The shipment does not exist in the warehouse or is shipped already'),
  labelSettingsMissing: defineError('PACKING.LABEL_SETTINGS_MISSING', 409, 'The warehouse has no GS1 company prefix for SSCCs'),
  ssccRangeExhausted: defineError('PACKING.SSCC_RANGE_EXHAUSTED', 409, 'Every serial reference of the company prefix is used'),
  printerNotFound: defineError('PACKING.PRINTER_NOT_FOUND', 404, 'The label printer does not exist'),
  printerTargetRefused: defineError('PACKING.PRINTER_TARGET_REFUSED', 422, 'Label printers may not be at this address'),
  printJobNotFound: defineError('PACKING.PRINT_JOB_NOT_FOUND', 404, 'The print job does not exist'),
  licensePlateEmpty: defineError('PACKING.LICENSE_PLATE_EMPTY', 404, 'No stock is on the license plate: there is nothing to label'),
  inUse: defineError('PACKING.IN_USE', 409, 'The record is in use and cannot be removed'),
};
