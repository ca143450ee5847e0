/**
 * Writes web/src/api/schema.ts, the UI's types for every route, from the OpenAPI document the server
 * generates. Usage: npm run api:types. test/web-api-types.test.ts fails when the file is out of date.
 */
import { writeFileSync } from 'node:fs';
import { API_TYPES_FILE, renderApiTypes } from './api-types.js';
import { openApiDocument } from './openapi-document.js';

writeFileSync(API_TYPES_FILE, await renderApiTypes(await openApiDocument()));
console.log(`updated ${API_TYPES_FILE.pathname}`);
