import openapiTS, { astToString } from 'openapi-typescript';

export const API_TYPES_FILE = new URL('../web/src/api/schema.ts', import.meta.url);

const HEADER = '// Generated from the server\'s OpenAPI document by `npm run api:types`. Do not edit.\n';

export async function renderApiTypes(document: Record<string, unknown>): Promise<string> {
  return HEADER + astToString(await openapiTS(document as never));
}
