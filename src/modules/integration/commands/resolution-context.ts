import type { Executor } from '../../../platform/db/database.js';
import { referenceReader, type ReferenceReader } from '../../master-data/index.js';
import { findSourceSystem, inboundOrderPolicies, type InboundOrderPolicy, type SourceSystem } from '../../source-systems/index.js';

const mappingKey = (sourceSystemId: string, externalItemNumber: string) => `${sourceSystemId}\u0000${externalItemNumber}`;

/** The parts of a stored message that the processor reads. */
export interface StoredMessage {
  id: number;
  source_system_id: string;
  content: string;
}

/** One reason a message cannot be processed, with the field and value it is about. */
export interface MessageProblem {
  text: string;
  field: string | null;
  value: string | null;
}

/**
 * Lookups shared by every message of one processing batch: each reference is read once per batch,
 * however many messages and lines name it.
 */
export class ResolutionContext {
  private reader: ReferenceReader;
  private readonly systems = new Map<string, Promise<SourceSystem | undefined>>();
  private readonly policies = new Map<string, Promise<InboundOrderPolicy[]>>();
  private readonly itemMap = new Map<string, Promise<string | undefined>>();
  private readonly contents = new Map<number, unknown>();

  constructor(private readonly db: Executor) {
    this.reader = referenceReader(db);
  }

  get refs(): ReferenceReader {
    return this.reader;
  }

  /** Drops what was read of items and mappings: a product message of the batch has changed them. */
  forgetItems(): void {
    this.reader = referenceReader(this.db);
    this.itemMap.clear();
  }

  /** A message's parsed content, parsed once per batch; throws (each time) when it is not JSON. */
  content(message: StoredMessage): unknown {
    let parsed = this.contents.get(message.id);
    if (parsed === undefined) {
      parsed = JSON.parse(message.content) as unknown;
      this.contents.set(message.id, parsed);
    }
    return parsed;
  }

  /** The source system's inbound order policy grid, read once per batch. */
  inboundPolicies(id: string): Promise<InboundOrderPolicy[]> {
    let found = this.policies.get(id);
    if (!found) {
      found = inboundOrderPolicies(this.db, id);
      this.policies.set(id, found);
    }
    return found;
  }

  sourceSystem(id: string): Promise<SourceSystem | undefined> {
    let found = this.systems.get(id);
    if (!found) {
      found = findSourceSystem(this.db, id);
      this.systems.set(id, found);
    }
    return found;
  }

  /**
   * Reads the item mappings that a batch of messages names in one query per source system, instead
   * of one query per item. Content that does not parse is left to the processor to report.
   */
  async preloadItemMappings(messages: readonly StoredMessage[]): Promise<void> {
    const wanted = new Map<string, Set<string>>();
    for (const m of messages) {
      let lines: unknown;
      try {
        lines = (this.content(m) as { lines?: unknown } | null)?.lines;
      } catch {
        continue;
      }
      if (!Array.isArray(lines)) continue;
      let numbers = wanted.get(m.source_system_id);
      if (!numbers) wanted.set(m.source_system_id, (numbers = new Set()));
      for (const line of lines as { itemNumber?: unknown }[]) {
        const external = line?.itemNumber;
        if (typeof external === 'string' && !this.itemMap.has(mappingKey(m.source_system_id, external))) numbers.add(external);
      }
    }
    for (const [sourceSystemId, numbers] of wanted) {
      const all = [...numbers];
      for (let i = 0; i < all.length; i += 500) {
        const part = all.slice(i, i + 500);
        const found = await this.db
          .selectFrom('source_system_items')
          .select(['external_item_number', 'item_number'])
          .where('source_system_id', '=', sourceSystemId)
          .where('external_item_number', 'in', part)
          .execute();
        const items = new Map(found.map((r) => [r.external_item_number, r.item_number]));
        for (const external of part) this.itemMap.set(mappingKey(sourceSystemId, external), Promise.resolve(items.get(external)));
      }
    }
  }

  mappedItem(sourceSystemId: string, externalItemNumber: string): Promise<string | undefined> {
    const key = mappingKey(sourceSystemId, externalItemNumber);
    let found = this.itemMap.get(key);
    if (!found) {
      found = this.db
        .selectFrom('source_system_items')
        .select('item_number')
        .where('source_system_id', '=', sourceSystemId)
        .where('external_item_number', '=', externalItemNumber)
        .executeTakeFirst()
        .then((r) => r?.item_number);
      this.itemMap.set(key, found);
    }
    return found;
  }
}

/** Copies the optional pass-through fields that are present, so JSON stays small. */
export function pick(source: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of keys) if (source[key] !== undefined) out[key] = source[key];
  return out;
}

export function fieldsWithPrefix(source: Record<string, unknown>, prefixes: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(source)) if (value !== undefined && prefixes.some((p) => key.startsWith(p))) out[key] = value;
  return out;
}

export function parseDate(value: string | undefined): number | null {
  if (!value) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : ms;
}
