import { defineError } from '../../platform/errors.js';

export const WorkErrors = {
  workNotFound: defineError('WORK.NOT_FOUND', 404, 'The work does not exist'),
  lineNotFound: defineError('WORK.LINE_NOT_FOUND', 404, 'The work line does not exist'),
  invalidStatus: defineError('WORK.INVALID_STATUS', 409, 'The work is not in a status that allows this'),
  assignedToOther: defineError('WORK.ASSIGNED_TO_OTHER_WORKER', 409, 'The work is assigned to another worker'),
  lineOrder: defineError('WORK.LINE_OUT_OF_ORDER', 409, 'The put line cannot be confirmed before its pick line'),
  quantityExceeded: defineError('WORK.QUANTITY_EXCEEDED', 422, 'The quantity is more than the line has open'),
  overrideReasonRequired: defineError('WORK.OVERRIDE_REASON_REQUIRED', 422, 'Putting to another location than suggested needs a reason'),
  noTemplate: defineError('WORK.NO_WORK_TEMPLATE', 422, 'No active work template matches'),
  noLocation: defineError('WORK.NO_LOCATION_FOUND', 422, 'The location directives found no location'),
  locationUnknown: defineError('WORK.LOCATION_UNKNOWN', 422, 'The location does not exist in the warehouse'),
  setupExists: defineError('WORK.SETUP_EXISTS', 409, 'A work template or location directive with this id already exists'),
  waitingForReplenishment: defineError('WORK.WAITING_FOR_REPLENISHMENT', 409, 'The work waits for the replenishment of its pick location to be put'),
  othersWaiting: defineError('WORK.OTHER_WORK_WAITS', 409, 'Other work waits for this work; it cannot be canceled'),
  clusterNotFound: defineError('WORK.CLUSTER_NOT_FOUND', 404, 'The work cluster does not exist'),
  inOtherCluster: defineError('WORK.IN_OTHER_CLUSTER', 409, 'The work is already picked in an open cluster'),
  notClusterable: defineError('WORK.NOT_CLUSTERABLE', 422, 'Only pick work of one warehouse, each into its own license plate, can be picked as a cluster'),
  setupNotFound: defineError('WORK.SETUP_NOT_FOUND', 404, 'The work template or location directive does not exist'),
};
