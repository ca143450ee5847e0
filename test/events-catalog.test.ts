import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EVENT_TYPES } from '../src/modules/events/index.js';

/**
 * docs/events.md has one `## <eventType>` section per event in catalog.ts; headings without a space are
 * event types. The test keeps the two lists, the schema versions and the payload fields in step.
 */
const doc = readFileSync(new URL('../docs/events.md', import.meta.url), 'utf8');

function sections(markdown: string): Map<string, string> {
  const out = new Map<string, string>();
  let current: string | undefined;
  for (const line of markdown.split('\n')) {
    const heading = /^## (\S+)\s*$/.exec(line);
    if (heading?.[1]) {
      current = heading[1];
      out.set(current, '');
    } else if (/^##? /.test(line)) {
      current = undefined;
    } else if (current !== undefined) {
      out.set(current, `${out.get(current) ?? ''}${line}\n`);
    }
  }
  return out;
}

const documented = sections(doc);
const catalog = Object.entries(EVENT_TYPES) as [string, { schemaVersion: number; payload: { properties?: Record<string, unknown> } }][];

describe('docs/events.md', () => {
  it('documents every event type in the catalog', () => {
    expect(catalog.map(([type]) => type).filter((type) => !documented.has(type))).toEqual([]);
  });

  it('documents no event type that is not in the catalog', () => {
    const known = new Set(catalog.map(([type]) => type));
    expect([...documented.keys()].filter((type) => !known.has(type))).toEqual([]);
  });

  it('gives each event its schema version and every payload field', () => {
    for (const [type, def] of catalog) {
      const section = documented.get(type) ?? '';
      expect(section, type).toContain(`**Schema version**: ${def.schemaVersion}\n`);
      const missing = Object.keys(def.payload.properties ?? {}).filter((field) => !section.includes(`| \`${field}\` |`));
      expect(missing, `${type}: payload fields missing from the doc`).toEqual([]);
    }
  });
});
