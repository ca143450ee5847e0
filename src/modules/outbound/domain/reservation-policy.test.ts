import { describe, expect, it } from 'vitest';
import { rejectedLines, type LineOutcome } from './reservation-policy.js';

const line = (lineNumber: number, wanted: number, reserved: number): LineOutcome => ({
  lineNumber,
  itemNumber: 'I',
  wanted,
  reserved,
  short: wanted - reserved,
  reason: wanted > reserved ? 'no stock' : null,
});

describe('reservation at import policies', () => {
  it('accepts anything under Reserve and None', () => {
    expect(rejectedLines('Reserve', [line(1, 5, 0)])).toEqual([]);
    expect(rejectedLines('None', [line(1, 5, 0)])).toEqual([]);
  });

  it('rejects a partly reservable order only when it must be fully reserved', () => {
    const lines = [line(1, 5, 5), line(2, 4, 1)];
    expect(rejectedLines('RejectUnlessFullyReserved', lines).map((l) => l.lineNumber)).toEqual([2]);
    expect(rejectedLines('RejectUnlessPartlyReserved', lines)).toEqual([]);
  });

  it('rejects an order of which nothing can be reserved when it must be partly reserved', () => {
    expect(rejectedLines('RejectUnlessPartlyReserved', [line(1, 5, 0), line(2, 3, 0)]).map((l) => l.lineNumber)).toEqual([1, 2]);
  });
});
