import { describe, expect, it } from 'vitest';
import { decimalToFraction, resolveConversion, type ConversionRule } from './conversion.js';

const rule = (fromUnit: string, toUnit: string, numerator: number, denominator = 1, itemNumber: string | null = null): ConversionRule => ({
  fromUnit,
  toUnit,
  numerator,
  denominator,
  itemNumber,
});

describe('resolving a unit conversion', () => {
  it('is the identity when both units are the same, even without rules', () => {
    expect(resolveConversion([], 'A-1', 'ea', 'ea')).toEqual({ numerator: 1, denominator: 1 });
  });

  it('uses a general rule in the asked direction', () => {
    expect(resolveConversion([rule('box', 'ea', 12)], 'A-1', 'box', 'ea')).toEqual({ numerator: 12, denominator: 1 });
  });

  it('uses a rule for the opposite direction inverted', () => {
    expect(resolveConversion([rule('box', 'ea', 12)], 'A-1', 'ea', 'box')).toEqual({ numerator: 1, denominator: 12 });
  });

  it('prefers an item-specific rule over a general one, in either direction', () => {
    const rules = [rule('box', 'ea', 12), rule('ea', 'box', 1, 10, 'A-1')];
    expect(resolveConversion(rules, 'A-1', 'box', 'ea')).toEqual({ numerator: 10, denominator: 1 });
    expect(resolveConversion(rules, 'B-2', 'box', 'ea')).toEqual({ numerator: 12, denominator: 1 });
  });

  it('ignores rules that belong to another item', () => {
    expect(resolveConversion([rule('box', 'ea', 6, 1, 'B-2')], 'A-1', 'box', 'ea')).toBeUndefined();
  });

  it('prefers the asked direction over the reverse rule within the same scope', () => {
    const rules = [rule('ea', 'box', 1, 12), rule('box', 'ea', 10)];
    expect(resolveConversion(rules, 'A-1', 'box', 'ea')).toEqual({ numerator: 10, denominator: 1 });
  });

  it('does not chain rules', () => {
    expect(resolveConversion([rule('pallet', 'box', 40), rule('box', 'ea', 12)], 'A-1', 'pallet', 'ea')).toBeUndefined();
  });

  it('answers reduced fractions', () => {
    expect(resolveConversion([rule('in', 'cm', 254, 100)], 'A-1', 'in', 'cm')).toEqual({ numerator: 127, denominator: 50 });
  });
});

describe('reading a decimal factor as a fraction', () => {
  it('keeps the digits the sender wrote', () => {
    expect(decimalToFraction(2.54)).toEqual({ numerator: 127, denominator: 50 });
    expect(decimalToFraction(0.1)).toEqual({ numerator: 1, denominator: 10 });
    expect(decimalToFraction('12')).toEqual({ numerator: 12, denominator: 1 });
    expect(decimalToFraction(1e-7)).toEqual({ numerator: 1, denominator: 10_000_000 });
    expect(decimalToFraction(2.5e3)).toEqual({ numerator: 2500, denominator: 1 });
  });

  it('refuses zero, negative and unreadable factors', () => {
    expect(decimalToFraction(0)).toBeUndefined();
    expect(decimalToFraction(-2)).toBeUndefined();
    expect(decimalToFraction('two')).toBeUndefined();
    expect(decimalToFraction(1e-30)).toBeUndefined();
  });
});
