import type { Executor } from '../../../platform/db/database.js';
import { entitledOwners } from '../../master-data/index.js';

/**
 * The stock a source system may see: the owners it is entitled to (master data's entitledOwners: those
 * with an id in that source system, and its default owner) and its items (those mapped to one of its item numbers). Every read API for a
 * source system filters by this, so one owner's stock never shows in another source system.
 */
export interface SourceSystemScope {
  sourceSystemId: string;
  ownerIds: string[];
  itemNumbers: string[];
  /** The source system's id for an owner; null for a default owner it has no id for. */
  externalOwnerId(ownerId: string): string | null;
  /** The source system's number for an item. */
  externalItemNumber(itemNumber: string): string | null;
  covers(ownerId: string, itemNumber: string): boolean;
}

export async function sourceSystemScope(db: Executor, sourceSystemId: string): Promise<SourceSystemScope> {
  const [ownerMap, items] = await Promise.all([
    entitledOwners(db, sourceSystemId),
    db.selectFrom('source_system_items').select(['item_number', 'external_item_number']).where('source_system_id', '=', sourceSystemId).orderBy('external_item_number').execute(),
  ]);
  const itemMap = new Map<string, string>();
  for (const i of items) if (!itemMap.has(i.item_number)) itemMap.set(i.item_number, i.external_item_number);
  return {
    sourceSystemId,
    ownerIds: [...ownerMap.keys()].sort(),
    itemNumbers: [...itemMap.keys()].sort(),
    externalOwnerId: (ownerId) => ownerMap.get(ownerId) ?? null,
    externalItemNumber: (itemNumber) => itemMap.get(itemNumber) ?? null,
    covers: (ownerId, itemNumber) => ownerMap.has(ownerId) && itemMap.has(itemNumber),
  };
}

/** Every source system whose stock includes at least one of these owner/item pairs. */
export async function concernedSourceSystems(db: Executor, stock: ReadonlyArray<{ owner_id: string; item_number: string }>): Promise<SourceSystemScope[]> {
  if (stock.length === 0) return [];
  const systems = await db.selectFrom('source_systems').select('source_system_id').orderBy('source_system_id').execute();
  const scopes = await Promise.all(systems.map((s) => sourceSystemScope(db, s.source_system_id)));
  return scopes.filter((scope) => stock.some((s) => scope.covers(s.owner_id, s.item_number)));
}
