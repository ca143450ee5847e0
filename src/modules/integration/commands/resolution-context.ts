import type { Executor } from '../../../platform/db/database.js';
import { convertQty, parseQty, type Qty } from '../../../platform/quantity.js';
import { notEntitledText, referenceReader, type ReferenceReader } from '../../master-data/index.js';
import { findSourceSystem, type SourceSystem } from '../../source-systems/index.js';

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
  readonly refs: ReferenceReader;
  private readonly systems = new Map<string, Promise<SourceSystem | undefined>>();
  private readonly itemMap = new Map<string, Promise<string | undefined>>();
  private readonly contents = new Map<number, unknown>();

  constructor(private readonly db: Executor) {
    this.refs = referenceReader(db);
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

/** The parts of a line that inbound and outbound messages share, resolved to internal references. */
export interface ResolvedLineCore {
  itemNumber: string;
  sourceItemNumber: string;
  batchNumber: string | null;
  serialNumber: string | null;
  ownerId: string;
  inventoryStatusId: string;
  qty: Qty;
  unit: string;
  inventoryQty: Qty;
  inventoryUnit: string;
  overdeliveryPct: number;
  underdeliveryPct: number;
}

export interface LineCoreInput {
  itemNumber: string;
  quantity: number;
  unitSymbol: string;
  inventoryStatusId: string | undefined;
  itemBatchNumber?: string | undefined;
  itemSerialNumber?: string | undefined;
  inventoryOwnerId?: string | undefined;
  sourceSystemInventoryOwnerId?: string | undefined;
  overdeliveryPercentage?: number | undefined;
  underdeliveryPercentage?: number | undefined;
}

/**
 * Resolves a line's item (through the source system's item mapping), unit and conversion to the
 * inventory unit, owner (internal id, the source system's external id, or the default owner) and
 * inventory status (or the default). Every problem is reported, not just the first.
 */
export async function resolveLineCore(
  rc: ResolutionContext,
  system: SourceSystem,
  line: LineCoreInput,
  path: string,
  fields: { quantity: string; unit: string; status: string },
  problems: MessageProblem[],
): Promise<ResolvedLineCore | undefined> {
  const before = problems.length;
  const problem = (field: string, value: string | number | null | undefined, text: string) =>
    problems.push({ text, field: `${path}.${field}`, value: value === undefined || value === null ? null : String(value) });

  const itemNumber = await rc.mappedItem(system.sourceSystemId, line.itemNumber);
  const item = itemNumber === undefined ? undefined : await rc.refs.item(itemNumber);
  if (itemNumber === undefined) {
    problem('itemNumber', line.itemNumber, `Not able to resolve item for external item number '${line.itemNumber}': source system '${system.sourceSystemId}' has no source system item for it`);
  } else if (!item) {
    problem('itemNumber', line.itemNumber, `External item number '${line.itemNumber}' maps to item '${itemNumber}', which does not exist`);
  }

  const unit = await rc.refs.unit(line.unitSymbol);
  if (!unit) problem(fields.unit, line.unitSymbol, `Unit '${line.unitSymbol}' does not exist`);
  const conversion = item && unit ? await rc.refs.conversion(item.itemNumber, line.unitSymbol, item.inventoryUnit) : undefined;
  if (item && unit && !conversion) {
    problem(fields.unit, line.unitSymbol, `No unit conversion from '${line.unitSymbol}' to the inventory unit '${item.inventoryUnit}' of item '${item.itemNumber}'`);
  }
  const qty = parseQty(line.quantity);
  if (qty === undefined || qty <= 0) problem(fields.quantity, line.quantity, `Quantity ${String(line.quantity)} must be positive with at most 6 decimals`);

  let ownerId: string | undefined;
  if (line.inventoryOwnerId) {
    ownerId = (await rc.refs.owner(line.inventoryOwnerId))?.ownerId;
    if (!ownerId) problem('inventoryOwnerId', line.inventoryOwnerId, `Warehouse inventory owner '${line.inventoryOwnerId}' does not exist`);
  } else if (line.sourceSystemInventoryOwnerId) {
    ownerId = (await rc.refs.ownerByExternalId(system.sourceSystemId, line.sourceSystemInventoryOwnerId))?.ownerId;
    if (!ownerId) {
      problem('sourceSystemInventoryOwnerId', line.sourceSystemInventoryOwnerId, `No warehouse inventory owner has external id '${line.sourceSystemInventoryOwnerId}' for source system '${system.sourceSystemId}'`);
    }
  } else if (system.defaultOwnerId) {
    ownerId = system.defaultOwnerId;
  } else {
    problem('inventoryOwnerId', null, `No owner given and source system '${system.sourceSystemId}' has no default owner`);
  }
  if (ownerId && !(await rc.refs.ownerEntitled(system.sourceSystemId, ownerId))) {
    problem(line.inventoryOwnerId ? 'inventoryOwnerId' : 'sourceSystemInventoryOwnerId', line.inventoryOwnerId ?? line.sourceSystemInventoryOwnerId ?? ownerId, notEntitledText(system.sourceSystemId, ownerId));
    ownerId = undefined;
  }

  const status = line.inventoryStatusId ? await rc.refs.inventoryStatus(line.inventoryStatusId) : await rc.refs.defaultInventoryStatus();
  if (!status) {
    if (line.inventoryStatusId) problem(fields.status, line.inventoryStatusId, `Inventory status '${line.inventoryStatusId}' does not exist`);
    else problem(fields.status, null, 'No inventory status given and no default inventory status is set up');
  }

  if (item && line.itemBatchNumber && !item.batchTracked) problem('itemBatchNumber', line.itemBatchNumber, `Item '${item.itemNumber}' is not batch-tracked`);
  if (item && line.itemSerialNumber && !item.serialTracked) problem('itemSerialNumber', line.itemSerialNumber, `Item '${item.itemNumber}' is not serial-tracked`);

  const over = parseQty(line.overdeliveryPercentage ?? 0);
  const under = parseQty(line.underdeliveryPercentage ?? 0);
  if (over === undefined) problem('overdeliveryPercentage', line.overdeliveryPercentage, 'Percentage has more than 6 decimals');
  if (under === undefined) problem('underdeliveryPercentage', line.underdeliveryPercentage, 'Percentage has more than 6 decimals');

  if (problems.length > before || !item || !conversion || qty === undefined || !ownerId || !status || over === undefined || under === undefined) {
    return undefined;
  }
  const inventoryQty = convertQty(qty, conversion.numerator, conversion.denominator);
  if (inventoryQty <= 0) {
    problem(fields.quantity, line.quantity, `Quantity ${String(line.quantity)} ${line.unitSymbol} is less than the smallest quantity of ${item.inventoryUnit}`);
    return undefined;
  }
  return {
    itemNumber: item.itemNumber,
    sourceItemNumber: line.itemNumber,
    batchNumber: line.itemBatchNumber ?? null,
    serialNumber: line.itemSerialNumber ?? null,
    ownerId,
    inventoryStatusId: status.statusId,
    qty,
    unit: line.unitSymbol,
    inventoryQty,
    inventoryUnit: item.inventoryUnit,
    overdeliveryPct: over,
    underdeliveryPct: under,
  };
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
