import { describe, expect, it } from 'vitest';
import { countDifference } from './counting.js';

describe('countDifference', () => {
  it('is the counted quantity minus the on-hand at the moment of counting', () => {
    expect(countDifference(10, 0, 11)).toEqual({ onHand: 10, adjustment: 1 });
  });

  it('does not mistake stock picked after the snapshot for a loss', () => {
    // 10 at the snapshot, 4 picked before the worker counted the 6 left: no difference.
    expect(countDifference(10, -4, 6)).toEqual({ onHand: 6, adjustment: 0 });
  });

  it('does not mistake stock put away after the snapshot for a find', () => {
    expect(countDifference(10, 5, 14)).toEqual({ onHand: 15, adjustment: -1 });
  });
});
