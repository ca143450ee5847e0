import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { registeredErrors, type ErrorDefinition } from '../src/platform/errors.js';
import { documentedErrors, ERRORS_DOC } from './support/error-catalog.js';
import { useTestApp } from './support/harness.js';

describe('docs/errors.md', () => {
  // Building the whole app loads every module, so every code is registered.
  const t = useTestApp();
  let registered: ErrorDefinition[] = [];
  let documented: { code: string; status: number }[] = [];

  beforeAll(() => {
    expect(t().q).toBeDefined();
    registered = registeredErrors();
    documented = documentedErrors(readFileSync(ERRORS_DOC, 'utf8'));
  });

  it('lists every registered error code (regenerate with `npm run docs:errors -- --write`)', () => {
    const inDoc = new Set(documented.map((d) => d.code));
    expect(registered.map((d) => d.code).filter((code) => !inDoc.has(code))).toEqual([]);
  });

  it('lists no code that is not registered, and each code once', () => {
    const known = new Set(registered.map((d) => d.code));
    expect(documented.map((d) => d.code).filter((code) => !known.has(code))).toEqual([]);
    expect(new Set(documented.map((d) => d.code)).size).toBe(documented.length);
  });

  it('gives each code the HTTP status the API answers with', () => {
    const status = new Map(registered.map((d) => [d.code, d.status]));
    expect(documented.filter((d) => status.has(d.code) && status.get(d.code) !== d.status)).toEqual([]);
  });
});
