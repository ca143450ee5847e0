/** JSON columns are TEXT on both databases; these keep parsing in one place. */
export function toJson(value: unknown): string {
  return JSON.stringify(value ?? null);
}

export function fromJson<T>(text: string | null | undefined, fallback: T): T {
  if (text === null || text === undefined || text === '') return fallback;
  return JSON.parse(text) as T;
}

/** For readers of stored settings: a value that does not parse (a bad row) reads as the fallback instead of failing the read. */
export function fromJsonOr<T>(text: string | null | undefined, fallback: T): T {
  try {
    return fromJson(text, fallback);
  } catch {
    return fallback;
  }
}

/** Booleans are stored as 0/1 integers on both databases. */
export const bool = (flag: boolean | undefined | null): number => (flag ? 1 : 0);
export const flag = (value: number | boolean | null | undefined): boolean => value === 1 || value === true;
