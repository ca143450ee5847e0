import { defineError } from '../../platform/errors.js';

export const ReturnsErrors = {
  dispositionNotFound: defineError('RETURNS.DISPOSITION_CODE_NOT_FOUND', 404, 'The source system has no such disposition code'),
  dispositionInvalid: defineError('RETURNS.DISPOSITION_CODE_INVALID', 422, 'The disposition code names an inventory status or location that does not exist'),
  originNotFound: defineError('RETURNS.ORIGIN_NOT_FOUND', 404, 'Nothing was shipped on the packing slip or order the return names'),
  moreThanShipped: defineError('RETURNS.MORE_THAN_SHIPPED', 409, 'The return is more than was shipped and not yet returned'),
  returnInvalid: defineError('RETURNS.RETURN_INVALID', 422, 'The return does not name what it needs'),
};
