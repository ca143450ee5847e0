/**
 * The detail column is for people reading the log: short, and never a credential. Callers put in only what
 * they mean to, but a key that names a secret is dropped here too, so that a detail built from a request
 * body can never carry a password, and long text is cut.
 */
const SECRET_KEY = /pass(word|phrase)?|secret|token|hash|credential|^key$|^authorization$/i;
const MAX_TEXT = 200;
const MAX_ITEMS = 30;
const MAX_DEPTH = 4;
export const MAX_DETAIL_LENGTH = 4000;

function clean(value: unknown, depth: number): unknown {
  if (typeof value === 'string') return value.length > MAX_TEXT ? `${value.slice(0, MAX_TEXT)}…` : value;
  if (value === null || typeof value === 'number' || typeof value === 'boolean') return value;
  if (depth >= MAX_DEPTH) return '…';
  if (Array.isArray(value)) return value.slice(0, MAX_ITEMS).map((v) => clean(v, depth + 1));
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value).slice(0, MAX_ITEMS)) {
      if (!SECRET_KEY.test(k) && v !== undefined) out[k] = clean(v, depth + 1);
    }
    return out;
  }
  return undefined;
}

/** The detail as stored: JSON of at most MAX_DETAIL_LENGTH characters. */
export function auditDetail(detail: Record<string, unknown>): string {
  const text = JSON.stringify(clean(detail, 0) ?? {});
  return text.length <= MAX_DETAIL_LENGTH ? text : JSON.stringify({ cut: 'the detail was too long to keep' });
}
