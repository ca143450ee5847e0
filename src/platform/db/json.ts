/** JSON columns are TEXT on both databases; these keep parsing in one place. */
export function toJson(value: unknown): string {
  return JSON.stringify(value ?? null);
}

export function fromJson<T>(text: string | null | undefined, fallback: T): T {
  if (text === null || text === undefined || text === '') return fallback;
  return JSON.parse(text) as T;
}

/** Booleans are stored as 0/1 integers on both databases. */
export const bool = (flag: boolean | undefined | null): number => (flag ? 1 : 0);
export const flag = (value: number | boolean | null | undefined): boolean => value === 1 || value === true;
