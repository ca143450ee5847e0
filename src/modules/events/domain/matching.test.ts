import { describe, expect, it } from 'vitest';
import { subscriptionMatches } from './matching.js';

const failed = { type: 'messageProcessor.messageFailed', sourceSystemId: 'ERP1' };

describe('subscription matching', () => {
  it('matches a listed event type of its own source system', () => {
    expect(subscriptionMatches({ eventTypes: ['messageProcessor.messageFailed'], sourceSystemId: 'ERP1' }, failed)).toBe(true);
  });

  it('does not match an unlisted event type', () => {
    expect(subscriptionMatches({ eventTypes: ['shipmentOrderMessage.statusChanged'], sourceSystemId: 'ERP1' }, failed)).toBe(false);
  });

  it('never shows a source system another source system\'s events, even with *', () => {
    expect(subscriptionMatches({ eventTypes: ['*'], sourceSystemId: 'ERP2' }, failed)).toBe(false);
  });

  it('does not give a source system subscription warehouse-wide events', () => {
    expect(subscriptionMatches({ eventTypes: ['*'], sourceSystemId: 'ERP1' }, { ...failed, sourceSystemId: null })).toBe(false);
  });

  it('gives an admin subscription (no source system) every source system\'s events', () => {
    expect(subscriptionMatches({ eventTypes: ['*'], sourceSystemId: null }, failed)).toBe(true);
    expect(subscriptionMatches({ eventTypes: ['*'], sourceSystemId: null }, { ...failed, sourceSystemId: null })).toBe(true);
  });
});
