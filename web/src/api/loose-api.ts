import { api } from './client';
import type { paths } from './schema';

export interface LooseInit {
  params?: { path?: Record<string, string | number>; query?: Record<string, unknown> };
  body?: unknown;
  bodySerializer?: (body: unknown) => string;
  headers?: Record<string, string>;
}
type Call = (path: string, init?: LooseInit) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

/**
 * The same client with the path as plain text, for the one screen that serves many master data
 * resources from configuration; the paths it is given are checked against the schema (ApiPath).
 */
export const looseApi = api as unknown as { GET: Call; POST: Call; PATCH: Call; PUT: Call; DELETE: Call };

export type ApiPath = keyof paths;
