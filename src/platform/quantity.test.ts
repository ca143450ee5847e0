import { describe, expect, it } from 'vitest';
import { convertQty, parseQty, qty, qtyToNumber, type Qty } from './quantity.js';

const micro = (n: number) => n as Qty;

describe('parseQty', () => {
  it('reads decimal numbers and strings exactly into micro-units', () => {
    expect(parseQty(1)).toBe(1_000_000);
    expect(parseQty(2.5)).toBe(2_500_000);
    expect(parseQty('2.5')).toBe(2_500_000);
    expect(parseQty(' 12.000001 ')).toBe(12_000_001);
    expect(parseQty(0.000001)).toBe(1);
    expect(parseQty('0')).toBe(0);
  });

  it('takes decimals whose binary doubles are inexact at their decimal value', () => {
    // 2.675 is stored as 2.67499999999999982...; multiplying by 10^6 as a float would give 2674999.
    expect(parseQty(2.675)).toBe(2_675_000);
    expect(parseQty(0.3)).toBe(300_000);
    expect(parseQty(1.1)).toBe(1_100_000);
  });

  it('accepts trailing zeros beyond the sixth decimal, which change nothing', () => {
    expect(parseQty('1.50000000')).toBe(1_500_000);
  });

  it('rejects more than six significant decimals instead of rounding them away', () => {
    expect(parseQty('1.0000001')).toBeUndefined();
    expect(parseQty(1.0000001)).toBeUndefined();
    expect(parseQty(1.00000001)).toBeUndefined();
    expect(parseQty(0.0000001)).toBeUndefined();
    expect(parseQty('0.00000000001')).toBeUndefined();
    // Float noise is more decimals too: the client must send the quantity it means.
    expect(parseQty(0.1 + 0.2)).toBeUndefined();
  });

  it('rejects what is not a plain decimal', () => {
    for (const bad of ['', 'abc', '1e3', '1.', '.5', '+1', '1,5', '--1']) expect(parseQty(bad)).toBeUndefined();
    expect(parseQty(Number.NaN)).toBeUndefined();
    expect(parseQty(Number.POSITIVE_INFINITY)).toBeUndefined();
  });

  it('reads negative values (adjustments, deltas) with the same exactness', () => {
    expect(parseQty(-2.5)).toBe(-2_500_000);
    expect(parseQty('-0.000001')).toBe(-1);
    expect(parseQty('-1.0000001')).toBeUndefined();
    expect(Object.is(parseQty('-0'), 0)).toBe(true);
    expect(Object.is(parseQty(-0), 0)).toBe(true);
  });

  it('reads large values exactly up to 2^53 - 1 micro-units and rejects larger ones', () => {
    expect(parseQty(1234567890.123456)).toBe(1_234_567_890_123_456);
    expect(parseQty('9007199254.740991')).toBe(Number.MAX_SAFE_INTEGER);
    expect(parseQty('-9007199254.740991')).toBe(-Number.MAX_SAFE_INTEGER);
    expect(parseQty('9007199254.740992')).toBeUndefined();
    expect(parseQty('100000000000')).toBeUndefined();
    expect(parseQty(1e21)).toBeUndefined();
  });

  it('reads every six-decimal number up to 10^9 units as written', () => {
    for (const text of ['999999999.999999', '123456789.000001', '500000000.5', '987654321.987654']) {
      expect(qtyToNumber(qty(Number(text)))).toBe(Number(text));
      expect(qty(Number(text))).toBe(qty(text));
    }
  });
});

describe('qty and qtyToNumber', () => {
  it('qty throws for a value parseQty rejects', () => {
    expect(() => qty('1.1234567')).toThrow(RangeError);
  });

  it('round-trips a decimal through micro-units', () => {
    for (const n of [0, 1, 0.5, 2.675, 0.000001, -3.25, 1234567.654321]) expect(qtyToNumber(qty(n))).toBe(n);
  });
});

describe('convertQty', () => {
  it('multiplies by an exact rational factor', () => {
    // 3 boxes of 12 pieces.
    expect(convertQty(qty(3), 12, 1)).toBe(qty(36));
    // 1 lb = 0.45359237 kg, as a rational factor.
    expect(convertQty(qty(10), 45_359_237, 100_000_000)).toBe(qty('4.535924'));
  });

  it('rounds to the nearest micro-unit once, at the end', () => {
    expect(convertQty(qty(1), 1, 3)).toBe(333_333);
    expect(convertQty(qty(2), 1, 3)).toBe(666_667);
    // Converting in two steps rounds twice; one combined factor rounds once.
    expect(convertQty(convertQty(qty(1), 1, 3), 3, 1)).toBe(999_999);
    expect(convertQty(qty(1), 3, 3)).toBe(1_000_000);
  });

  it('rounds halves away from zero, for negative quantities too', () => {
    expect(convertQty(micro(5), 1, 2)).toBe(3);
    expect(convertQty(micro(-5), 1, 2)).toBe(-3);
    expect(convertQty(micro(1), 1, 2)).toBe(1);
    expect(convertQty(micro(-1), 1, 2)).toBe(-1);
    expect(convertQty(micro(3), 1, 4)).toBe(1);
    expect(convertQty(micro(-3), 1, 4)).toBe(-1);
    expect(convertQty(qty(-2), 1, 3)).toBe(-666_667);
  });

  it('keeps large products exact where a float product would not be', () => {
    const large = qty('9000000000.000001');
    // 9000000000000001 * 7 exceeds 2^53; as floats this would lose the last digit.
    expect(convertQty(large, 7, 7)).toBe(large);
    expect(convertQty(large, 1, 1000)).toBe(qty('9000000.000000'));
    expect(convertQty(qty('8999999999.999999'), 999_999, 1_000_000)).toBe(8_999_990_999_999_999);
  });

  it('converts zero to zero', () => {
    expect(convertQty(qty(0), 17, 3)).toBe(0);
  });
});
