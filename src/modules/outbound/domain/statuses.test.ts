import { describe, expect, it } from 'vitest';
import { headerStatus, lineReleaseStatus, quantityToRelease } from './statuses.js';

describe('outbound statuses', () => {
  it('derives line and header release status from quantities', () => {
    expect(lineReleaseStatus(10, 0)).toBe('Open');
    expect(lineReleaseStatus(10, 4)).toBe('PartiallyReleased');
    expect(lineReleaseStatus(10, 10)).toBe('Released');
    expect(headerStatus(['Released', 'Open'], 'Open', 'PartiallyReleased', 'Released')).toBe('PartiallyReleased');
    expect(headerStatus(['Released', 'Released'], 'Open', 'PartiallyReleased', 'Released')).toBe('Released');
  });

  it('releases only what is physically reserved and not already released when asked to', () => {
    expect(quantityToRelease('All', { ordered: 10, released: 2, picked: 0, reserved: 3 })).toBe(8);
    expect(quantityToRelease('PhysicallyReserved', { ordered: 10, released: 2, picked: 0, reserved: 5 })).toBe(3);
    expect(quantityToRelease('PhysicallyReserved', { ordered: 10, released: 2, picked: 2, reserved: 5 })).toBe(5);
  });
});
