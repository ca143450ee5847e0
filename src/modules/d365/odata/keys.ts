import { DomainError } from '../../../platform/errors.js';
import { D365Errors } from '../errors.js';

/** A resource path segment: an entity set, optionally with a key predicate `(Name='value',Other=1)`. */
export interface Segment {
  set: string;
  /** Property name -> the literal as written (`'PO-1'`, `12`); undefined without a key predicate. */
  key?: Map<string, string>;
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]{0,127}$/;
const bad = (reason: string) => new DomainError(D365Errors.invalidKey, `key: ${reason}`, [{ field: 'key', reason }]);

/** Splits `a='x,y',b=2` at the commas outside quotes ('' inside quotes is a quote). */
function pairs(text: string): string[] {
  const out: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (c === "'") {
      if (quoted && text.charAt(i + 1) === "'") {
        current += "''";
        i++;
        continue;
      }
      quoted = !quoted;
    }
    if (c === ',' && !quoted) {
      out.push(current);
      current = '';
    } else current += c;
  }
  if (quoted) throw bad('has a text without its closing quote');
  out.push(current);
  return out;
}

/** Parses one path segment, already percent-decoded. */
export function parseSegment(segment: string): Segment {
  const open = segment.indexOf('(');
  if (open < 0) return { set: segment };
  if (!segment.endsWith(')')) throw bad('must end with )');
  const set = segment.slice(0, open);
  const inner = segment.slice(open + 1, -1);
  if (inner.length > 2000) throw bad('is too long');
  const key = new Map<string, string>();
  for (const pair of pairs(inner)) {
    const eq = pair.indexOf('=');
    const name = pair.slice(0, eq).trim();
    const literal = pair.slice(eq + 1).trim();
    if (eq < 0 || !NAME.test(name) || literal === '') throw bad('must name each key property: (Name=value,...)');
    if (key.has(name)) throw bad(`names ${name} twice`);
    key.set(name, literal);
  }
  return { set, key };
}

/** The text of a quoted key literal ('it''s' -> it's); a 400 naming the property when it is not one. */
export function keyText(key: Map<string, string>, name: string): string {
  const literal = key.get(name);
  if (literal === undefined) throw bad(`${name} is missing`);
  if (literal.length < 2 || !literal.startsWith("'") || !literal.endsWith("'")) throw bad(`${name} must be a text in single quotes`);
  const text = literal.slice(1, -1);
  if (/'(?!')/.test(text.replaceAll("''", ''))) throw bad(`${name} has a quote that is not doubled`);
  return text.replaceAll("''", "'");
}

/** Splits the path after /data/ into its segments, percent-decoding each (a quote may arrive as %27). */
export function pathSegments(rawUrl: string): string[] {
  const path = rawUrl.split('?')[0] ?? '';
  const rest = path.replace(/^\/data\/?/, '');
  try {
    return rest === '' ? [] : rest.split('/').map((s) => decodeURIComponent(s));
  } catch {
    throw bad('is not valid percent-encoding');
  }
}
