import { describe, expect, it } from 'vitest';
import { buildSscc, gs1CheckDigit, isValidSscc, serialReferenceWidth } from './sscc.js';

describe('SSCC-18', () => {
  it('computes the GS1 mod-10 check digit (the one bar code generators accept)', () => {
    // (00) 1 0614141 123456789 7: bwip-js refuses the same digits with any other check digit.
    expect(gs1CheckDigit('10614141123456789')).toBe(7);
    expect(buildSscc(1, '0614141', 123456789)).toBe('106141411234567897');
    expect(gs1CheckDigit('629104150021')).toBe(3);
  });

  it('pads the serial reference to fill 18 digits with any company prefix length', () => {
    expect(serialReferenceWidth('0614141')).toBe(9);
    const sscc = buildSscc(0, '4012345678', 7);
    expect(sscc).toHaveLength(18);
    expect(sscc.slice(0, 17)).toBe('04012345678000007');
    expect(isValidSscc(sscc)).toBe(true);
    expect(isValidSscc(`${sscc.slice(0, 17)}${String((Number(sscc[17]) + 1) % 10)}`)).toBe(false);
  });

  it('refuses a serial that does not fit', () => {
    expect(() => buildSscc(0, '012345678901', 1_000_000)).toThrow();
  });
});
