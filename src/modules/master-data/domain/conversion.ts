/**
 * Unit conversion rules. A conversion is an exact fraction (numerator/denominator) so that quantities
 * in micro-units convert without drift (see platform/quantity.ts convertQty).
 */
export interface Fraction {
  numerator: number;
  denominator: number;
}

export interface ConversionRule extends Fraction {
  fromUnit: string;
  toUnit: string;
  /** Null: holds for every item. */
  itemNumber: string | null;
}

/** Numerators and denominators stay far below 2^53 so that stored values and JSON numbers are exact. */
export const MAX_FRACTION_TERM = 1_000_000_000_000;

function gcd(a: number, b: number): number {
  let x = Math.abs(a);
  let y = Math.abs(b);
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}

export function reduce(f: Fraction): Fraction {
  const g = gcd(f.numerator, f.denominator) || 1;
  return { numerator: f.numerator / g, denominator: f.denominator / g };
}

export function invert(f: Fraction): Fraction {
  return { numerator: f.denominator, denominator: f.numerator };
}

const DECIMAL = /^(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/i;

/**
 * The exact fraction a positive decimal factor stands for, reduced: 2.54 -> 127/50.
 * A JSON number is read through its shortest decimal form, which is what the sender wrote.
 */
export function decimalToFraction(value: number | string): Fraction | undefined {
  const text = typeof value === 'number' ? String(value) : value.trim();
  const match = DECIMAL.exec(text);
  if (!match) return undefined;
  const [, intPart = '0', fracPart = '', expPart = '0'] = match;
  const digits = `${intPart}${fracPart}`.replace(/^0+(?=\d)/, '');
  const exponent = Number(expPart) - fracPart.length;
  const scale = 10 ** Math.abs(exponent);
  const whole = Number(digits);
  const raw = exponent >= 0 ? { numerator: whole * scale, denominator: 1 } : { numerator: whole, denominator: scale };
  if (raw.numerator <= 0 || !Number.isSafeInteger(raw.numerator) || !Number.isSafeInteger(raw.denominator)) return undefined;
  const reduced = reduce(raw);
  if (reduced.numerator > MAX_FRACTION_TERM || reduced.denominator > MAX_FRACTION_TERM) return undefined;
  return reduced;
}

export const IDENTITY: Fraction = { numerator: 1, denominator: 1 };

/**
 * The factor that turns a quantity in fromUnit into toUnit for an item, or undefined when no rule
 * applies. Identity when the units are equal. An item-specific rule wins over a general one; within
 * the same scope a rule in the asked direction wins over the reverse rule, which is used inverted.
 * Rules are not chained: box -> pack and pack -> each do not give box -> each.
 */
export function resolveConversion(rules: readonly ConversionRule[], itemNumber: string, fromUnit: string, toUnit: string): Fraction | undefined {
  if (fromUnit === toUnit) return IDENTITY;
  const find = (scope: string | null, from: string, to: string) =>
    rules.find((r) => r.itemNumber === scope && r.fromUnit === from && r.toUnit === to);
  for (const scope of [itemNumber, null]) {
    const direct = find(scope, fromUnit, toUnit);
    if (direct) return reduce(direct);
    const reverse = find(scope, toUnit, fromUnit);
    if (reverse) return invert(reduce(reverse));
  }
  return undefined;
}
