/**
 * Quantities are exact: stored and computed as integers scaled by 10^6 ("micro-units"),
 * so that guarded increments in SQL (`on_hand + :delta`) never drift (ADR 0002).
 * The API speaks decimal numbers with at most six fractional digits.
 */
export const QTY_SCALE = 1_000_000;
export const QTY_DECIMALS = 6;

/** A quantity in micro-units. Branded so a decimal number cannot be passed by mistake. */
export type Qty = number & { readonly __qty: unique symbol };

const DECIMAL = /^-?\d+(\.\d+)?$/;

/** Parses a decimal (number or string) into micro-units, or returns undefined when it has more than 6 decimals or is not finite. */
export function parseQty(value: number | string): Qty | undefined {
  const text = typeof value === 'number' ? numberToPlainString(value) : value.trim();
  if (text === undefined || !DECIMAL.test(text)) return undefined;
  const negative = text.startsWith('-');
  const [intPart = '0', fracPart = ''] = text.replace('-', '').split('.');
  if (fracPart.replace(/0+$/, '').length > QTY_DECIMALS) return undefined;
  const micro = Number(intPart) * QTY_SCALE + Number(fracPart.padEnd(QTY_DECIMALS, '0').slice(0, QTY_DECIMALS));
  if (!Number.isSafeInteger(micro)) return undefined;
  // No negative zero: '-0' is zero.
  return (negative && micro !== 0 ? -micro : micro) as Qty;
}

function numberToPlainString(value: number): string | undefined {
  if (!Number.isFinite(value)) return undefined;
  // String() gives the shortest decimal that reads back as the same double, i.e. the digits the client
  // sent: every extra decimal stays visible (toFixed would round an 8th away, and invent noise digits
  // above 10^9). Exponent notation only appears below 10^-6 or at 10^21 and above: never a valid quantity.
  return String(value);
}

/** Converts micro-units back to a JSON number for the API. */
export function qtyToNumber(qty: number): number {
  return Number((qty / QTY_SCALE).toFixed(QTY_DECIMALS));
}

export function qty(value: number | string): Qty {
  const parsed = parseQty(value);
  if (parsed === undefined) throw new RangeError(`not an exact quantity: ${String(value)}`);
  return parsed;
}

/**
 * Multiplies a quantity by the rational factor numerator/denominator, rounding half away from zero
 * to the nearest micro-unit. BigInt keeps the intermediate product exact.
 */
export function convertQty(value: Qty, numerator: number, denominator: number): Qty {
  const product = BigInt(value) * BigInt(numerator);
  const d = BigInt(denominator);
  const sign = product < 0n ? -1n : 1n;
  const abs = product * sign;
  const rounded = (abs * 2n + d) / (2n * d);
  return Number(rounded * sign) as Qty;
}
