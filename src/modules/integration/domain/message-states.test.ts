import { describe, expect, it } from 'vitest';
import { actionAllowed, orderKey, retryDelayMs, STATE_FOR_STATUS } from './message-states.js';

describe('message state rules', () => {
  it('keeps the processor state in step with the processing status', () => {
    expect(STATE_FOR_STATUS.Received).toBe('Queued');
    expect(STATE_FOR_STATUS.Accepted).toBe('Processed');
    expect(STATE_FOR_STATUS.Draft).toBe('None');
  });

  it('lets an operator requeue, cancel or edit a failed message but not an accepted one', () => {
    expect(actionAllowed('Failed', 'queue')).toBe(true);
    expect(actionAllowed('Failed', 'edit')).toBe(true);
    expect(actionAllowed('Accepted', 'queue')).toBe(false);
    expect(actionAllowed('Accepted', 'cancel')).toBe(false);
    expect(actionAllowed('Canceled', 'queue')).toBe(true);
    expect(actionAllowed('Received', 'edit')).toBe(false);
  });

  it('backs off between transient retries', () => {
    expect(retryDelayMs(1)).toBe(30_000);
    expect(retryDelayMs(2)).toBe(120_000);
  });

  it('keys inbound and outbound orders with the same number apart', () => {
    expect(orderKey('InboundShipmentOrder', 'ERP', '1')).not.toBe(orderKey('OutboundShipmentOrder', 'ERP', '1'));
  });
});
