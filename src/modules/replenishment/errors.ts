import { defineError } from '../../platform/errors.js';

export const ReplenishmentErrors = {
  fixedLocationNotFound: defineError('REPLENISHMENT.FIXED_LOCATION_NOT_FOUND', 404, 'The item has no fixed pick location in the warehouse'),
  minAboveMax: defineError('REPLENISHMENT.MIN_ABOVE_MAX', 422, 'The minimum quantity is above the maximum'),
  unknownReference: defineError('REPLENISHMENT.UNKNOWN_REFERENCE', 422, 'The warehouse, location or item does not exist'),
};
