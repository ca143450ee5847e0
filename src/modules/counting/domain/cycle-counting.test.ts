import { describe, expect, it } from 'vitest';
import { afterCount, mayMove, outsideTolerance } from './cycle-counting.js';

const none = { maxPercentage: null, maxQuantity: null };

describe('cycle count tolerance', () => {
  it('sends any difference to review when there are no limits', () => {
    expect(outsideTolerance(10, 0, none)).toBe(false);
    expect(outsideTolerance(10, 1, none)).toBe(true);
  });

  it('accepts differences within the quantity and percentage limits', () => {
    expect(outsideTolerance(100, -5, { maxPercentage: 5, maxQuantity: 10 })).toBe(false);
    expect(outsideTolerance(100, -6, { maxPercentage: 5, maxQuantity: 10 })).toBe(true);
    expect(outsideTolerance(1000, 11, { maxPercentage: 5, maxQuantity: 10 })).toBe(true);
    expect(outsideTolerance(0, 1, { maxPercentage: 50, maxQuantity: null })).toBe(true);
  });

  it('closes a supervisor\'s count at once, and a worker\'s only within tolerance', () => {
    const lines = [{ onHand: 10, adjustment: -3 }];
    expect(afterCount(lines, none, true)).toBe('Closed');
    expect(afterCount(lines, none, false)).toBe('PendingReview');
    expect(afterCount(lines, { maxPercentage: 50, maxQuantity: null }, false)).toBe('Closed');
  });

  it('lets pending review go back to Open for a recount, and nothing leave Closed', () => {
    expect(mayMove('PendingReview', 'Open')).toBe(true);
    expect(mayMove('Closed', 'Open')).toBe(false);
  });
});
