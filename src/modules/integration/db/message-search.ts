import { sql, type Expression, type SqlBool } from 'kysely';

/**
 * Messages whose stored content (the JSON as received) contains the text, ignoring case: an operator
 * looking for "the message with PO-4711" or "every message naming item 100-BOLT" does not know which
 * field holds it. LIKE's own wildcards in the text are taken literally. It reads the content of every
 * message the other filters leave, so it is meant to be combined with them on a large queue.
 */
export function contentContains(text: string): Expression<SqlBool> {
  const pattern = `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql<SqlBool>`lower(content) like ${pattern} escape '\\'`;
}
