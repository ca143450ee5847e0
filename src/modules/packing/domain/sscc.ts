/**
 * SSCC-18 (GS1 Serial Shipping Container Code): extension digit, GS1 company prefix, serial reference
 * (together 17 digits) and a mod-10 check digit, as the GS1 General Specifications define it.
 */
export const SSCC_LENGTH = 18;
export const COMPANY_PREFIX_MIN = 6;
export const COMPANY_PREFIX_MAX = 12;

/** The GS1 mod-10 check digit of a digit string: weights 3, 1, 3, ... from the rightmost digit. */
export function gs1CheckDigit(digits: string): number {
  if (!/^\d+$/.test(digits)) throw new Error(`not digits: '${digits}'`);
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    const digit = Number(digits[digits.length - 1 - i]);
    sum += digit * (i % 2 === 0 ? 3 : 1);
  }
  return (10 - (sum % 10)) % 10;
}

/** How many digits the serial reference has with this company prefix. */
export function serialReferenceWidth(companyPrefix: string): number {
  return SSCC_LENGTH - 2 - companyPrefix.length;
}

/** The SSCC for an extension digit, company prefix and serial number (which must fit its width). */
export function buildSscc(extensionDigit: number, companyPrefix: string, serial: number): string {
  const width = serialReferenceWidth(companyPrefix);
  const reference = String(serial).padStart(width, '0');
  if (reference.length > width) throw new Error(`serial ${String(serial)} does not fit ${String(width)} digits`);
  const body = `${String(extensionDigit)}${companyPrefix}${reference}`;
  return `${body}${String(gs1CheckDigit(body))}`;
}

export function isValidSscc(sscc: string): boolean {
  return /^\d{18}$/.test(sscc) && gs1CheckDigit(sscc.slice(0, 17)) === Number(sscc[17]);
}

/** The human-readable form printed under the bar code: (00) and the 18 digits. */
export function ssccElementString(sscc: string): string {
  return `(00)${sscc}`;
}
