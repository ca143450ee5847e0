import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { D365_BUSINESS_EVENT_IDS } from '../src/modules/d365/index.js';
import { DOCUMENT_SETS, MESSAGE_READ_SETS } from '../src/modules/d365/entities/index.js';
import { EVENT_TYPES } from '../src/modules/events/index.js';

const doc = readFileSync(new URL('../docs/d365-compatibility.md', import.meta.url), 'utf8');

/** docs/d365-compatibility.md names every entity set and every field the service answers with, and every event mapping. */
describe('docs/d365-compatibility.md', () => {
  it('names every entity set and field', () => {
    const missing: string[] = [];
    for (const set of [...DOCUMENT_SETS, ...MESSAGE_READ_SETS]) {
      if (!doc.includes(set.name)) missing.push(set.name);
      for (const field of Object.keys(set.fields)) {
        const named = doc.includes(`\`${field}\``) || /^(Consigner|Sender|Consignee|Receiver)/.test(field);
        if (!named) missing.push(`${set.name}.${field}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('gives the D365 business event id of every mapped Quayside event', () => {
    for (const [type, id] of Object.entries(D365_BUSINESS_EVENT_IDS)) {
      expect(Object.hasOwn(EVENT_TYPES, type), type).toBe(true);
      expect(doc).toContain(`\`${type}\``);
      expect(doc).toContain(`\`${id}\``);
    }
  });
});
