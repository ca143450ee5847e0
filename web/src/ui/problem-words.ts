import { i18n } from '../i18n';

const CONTEXTS = new Set(['body', 'query', 'querystring', 'params', 'headers']);

/** `sourceSystemOrderNumber` -> "source system order number": the last resort for a name the catalogue lacks. */
function words(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .toLowerCase();
}

const lowerFirst = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);
const upperFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function nameOf(name: string): string {
  return i18n.t(`fields:name.${lowerFirst(name)}` as never, { defaultValue: words(name) });
}

/**
 * An API field path as a person reads it, in the user's language: `rows[0].itemNumber` -> "Row 1: item number",
 * `shipments/0/licensePlates/1/lines/2/orderNumber` -> "Shipment 1, License plate 2, Line 3: order number".
 * Positions count from 1; the API's names stay off the screen.
 */
export function fieldLabel(path: string): string {
  const segments = path.split(/[.[\]/]+/).filter(Boolean);
  if (segments.length > 1 && CONTEXTS.has(segments[0] ?? '')) segments.shift();
  const where: string[] = [];
  let leaf: string | undefined;
  segments.forEach((segment, i) => {
    const next = segments[i + 1];
    if (/^\d+$/.test(segment)) return;
    if (next !== undefined && /^\d+$/.test(next)) {
      const n = Number(next) + 1;
      where.push(i18n.t(`fields:collection.${lowerFirst(segment)}` as never, { n, defaultValue: `${upperFirst(nameOf(segment))} ${String(n)}` }));
    } else if (i === segments.length - 1) {
      leaf = nameOf(segment);
    } else {
      where.push(upperFirst(nameOf(segment)));
    }
  });
  if (!leaf) return where.join(', ') || upperFirst(nameOf(path));
  return where.length > 0 ? i18n.t('fields:row', { where: where.join(', '), field: leaf }) : upperFirst(leaf);
}

const REASONS: [RegExp, string][] = [
  [/^is required$/, 'required'],
  [/^is not a known field$/, 'unknownField'],
  [/^must NOT have more than (\d+) characters$/, 'tooLong'],
  [/^must NOT have fewer than (\d+) characters$/, 'tooShort'],
  [/^must NOT have more than (\d+) items$/, 'tooManyItems'],
  [/^must NOT have fewer than (\d+) items$/, 'tooFewItems'],
  [/^must be >= (\S+)$/, 'atLeast'],
  [/^must be <= (\S+)$/, 'atMost'],
  [/^must be > (\S+)$/, 'above'],
  [/^must be < (\S+)$/, 'below'],
  [/^must be integer$/, 'integer'],
  [/^must be number$/, 'number'],
  [/^must be string$/, 'text'],
  [/^must be boolean$/, 'boolean'],
  [/^must be equal to (one of the allowed values|constant)$/, 'oneOf'],
  [/^must match format "date-time"$/, 'dateTime'],
  [/^must match format "date"$/, 'date'],
  [/^must match pattern/, 'pattern'],
  [/^must have at most (\d+) decimals$/, 'decimals'],
  [/^already exists$/, 'exists'],
  [/^must be visible characters/, 'visible'],
];

/** The server's reason for a field in the user's language, when it is one of the common ones; else as sent. */
export function reasonText(reason: string): string {
  for (const [pattern, key] of REASONS) {
    const match = pattern.exec(reason);
    if (match) return i18n.t(`fields:reason.${key}` as never, { n: match[1], defaultValue: reason });
  }
  return reason;
}
