import { defineError } from '../../platform/errors.js';

export const InventoryErrors = {
  insufficientOnHand: defineError('INVENTORY.INSUFFICIENT_ON_HAND', 409, 'There is not enough physical stock with these dimensions'),
  insufficientAvailable: defineError('INVENTORY.INSUFFICIENT_AVAILABLE', 409, 'There is not enough unreserved stock with these dimensions'),
  insufficientReserved: defineError('INVENTORY.INSUFFICIENT_RESERVED', 409, 'Less is reserved than the quantity to release'),
};
