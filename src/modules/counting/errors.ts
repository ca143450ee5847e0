import { defineError } from '../../platform/errors.js';

export const CountingErrors = {
  journalNotFound: defineError('COUNTING.JOURNAL_NOT_FOUND', 404, 'The counting journal does not exist'),
  journalNameExists: defineError('COUNTING.JOURNAL_NAME_EXISTS', 409, 'A counting journal name with this id already exists'),
  journalPosted: defineError('COUNTING.JOURNAL_POSTED', 409, 'The counting journal is already posted'),
  nothingCounted: defineError('COUNTING.NOTHING_COUNTED', 409, 'No line of the counting journal has a counted quantity'),
  nothingToCount: defineError('COUNTING.NOTHING_TO_COUNT', 422, 'No stock and no line matches what should be counted'),
  sameStatus: defineError('COUNTING.SAME_STATUS', 422, 'The new inventory status is the current one'),
  workNotFound: defineError('COUNTING.WORK_NOT_FOUND', 404, 'The cycle count work does not exist'),
  workStatus: defineError('COUNTING.WORK_STATUS', 409, 'The cycle count work is not in a status that allows this'),
  setupNotFound: defineError('COUNTING.SETUP_NOT_FOUND', 404, 'The cycle counting threshold or plan does not exist'),
  setupExists: defineError('COUNTING.SETUP_EXISTS', 409, 'A cycle counting threshold or plan with this id already exists'),
  licensePlateEmpty: defineError('COUNTING.LICENSE_PLATE_EMPTY', 409, 'The license plate holds no stock in this warehouse'),
};
