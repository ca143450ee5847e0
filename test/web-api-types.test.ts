import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { API_TYPES_FILE, renderApiTypes } from '../scripts/api-types.js';
import { openApiDocument } from '../scripts/openapi-document.js';

describe('the web UI API types', () => {
  it('match the OpenAPI document the server generates (run `npm run api:types` after changing a route)', async () => {
    const expected = await renderApiTypes(await openApiDocument());
    expect(readFileSync(API_TYPES_FILE, 'utf8') === expected, 'web/src/api/schema.ts is out of date: run npm run api:types').toBe(true);
  });
});
