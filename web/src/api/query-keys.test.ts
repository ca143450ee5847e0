import { QueryClient, type QueryKey } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { changes } from './changes';
import { invalidate } from './mutation';
import * as keys from './query-keys';
import { masterDataKeys, onHandKeys, outboundLoadKeys, outboundOrderKeys, queryKeysFactory, userKeys, waveKeys, workKeys, type QueryKeys } from './query-keys';

/** A client with one cached answer under each key, as if the screens had read them. */
function cacheWith(...cached: QueryKey[]): QueryClient {
  const client = new QueryClient();
  for (const key of cached) client.setQueryData(key, { cached: true });
  return client;
}

const stale = (client: QueryClient, key: QueryKey) => client.getQueryState(key)?.isInvalidated;

describe('query key factories', () => {
  it('keys the lists and details of a resource under its root key', () => {
    const work = queryKeysFactory('work');
    expect(work.all).toEqual(['work']);
    expect(work.list({ status: 'Open', limit: 25 })).toEqual(['work', 'list', { status: 'Open', limit: 25 }]);
    expect(work.list().slice(0, 2)).toEqual(work.lists());
    expect(work.detail('W-1')).toEqual(['work', 'detail', 'W-1']);
    expect(work.detail(7, { runs: { limit: 20 } })).toEqual(['work', 'detail', 7, { runs: { limit: 20 } }]);
    expect(work.detail('W-1').slice(0, 2)).toEqual(work.details());
  });

  it('refreshes an open detail when its resource is invalidated (list and detail cannot drift apart)', async () => {
    const client = cacheWith(workKeys.list({ limit: 25 }), workKeys.detail('W-1'), waveKeys.detail('WV-1'));
    await client.invalidateQueries({ queryKey: workKeys.all });
    expect(stale(client, workKeys.list({ limit: 25 }))).toBe(true);
    expect(stale(client, workKeys.detail('W-1'))).toBe(true);
    expect(stale(client, waveKeys.detail('WV-1'))).toBe(false);
  });

  it('invalidates only the lists when asked for lists, and a list by part of its query', async () => {
    const client = cacheWith(workKeys.list({ warehouseId: 'WH1', limit: 25 }), workKeys.list({ warehouseId: 'WH2', limit: 25 }), workKeys.detail('W-1'));
    await client.invalidateQueries({ queryKey: workKeys.list({ warehouseId: 'WH1' }) });
    expect(stale(client, workKeys.list({ warehouseId: 'WH1', limit: 25 }))).toBe(true);
    expect(stale(client, workKeys.list({ warehouseId: 'WH2', limit: 25 }))).toBe(false);
    await client.invalidateQueries({ queryKey: workKeys.lists() });
    expect(stale(client, workKeys.list({ warehouseId: 'WH2', limit: 25 }))).toBe(true);
    expect(stale(client, workKeys.detail('W-1'))).toBe(false);
  });

  it('gives every resource its own name, and master data the same factories the rest of the UI reads through', () => {
    const factories = (Object.values(keys) as unknown[]).filter((v): v is QueryKeys => typeof v === 'object' && v !== null && 'all' in v);
    const names = factories.map((f) => f.name);
    expect(names.length).toBeGreaterThan(30);
    expect(new Set(names).size).toBe(names.length);
    expect(masterDataKeys('warehouses')).toBe(keys.warehouseKeys);
    expect(masterDataKeys('items')).toBe(keys.itemKeys);
    expect(masterDataKeys('inventory-statuses')).toBe(keys.inventoryStatusKeys);
    // A master data resource without a factory of its own gets one under its API name, clashing with none.
    expect(names).not.toContain(masterDataKeys('zones').name);
    expect(masterDataKeys('zones').all).toEqual(['zones']);
  });
});

describe('what a change makes stale', () => {
  it('releasing an order refreshes the orders, their loads, waves and work, and leaves unrelated screens alone', async () => {
    const touched = [outboundOrderKeys.list({ limit: 25 }), outboundOrderKeys.detail('SO-1'), outboundLoadKeys.detail('L-1'), waveKeys.list({ limit: 25 }), workKeys.detail('W-1'), onHandKeys.list({ limit: 25 })];
    const client = cacheWith(...touched, userKeys.list({ limit: 25 }));
    await invalidate(client, changes.orderReleased);
    for (const key of touched) expect(stale(client, key), JSON.stringify(key)).toBe(true);
    expect(stale(client, userKeys.list({ limit: 25 }))).toBe(false);
  });

  it('confirming or cancelling work refreshes the work lists and every open work detail, except the one the answer replaced', async () => {
    const client = cacheWith(workKeys.list({ limit: 25 }), workKeys.detail('W-1'), workKeys.detail('W-2'), outboundLoadKeys.detail('L-1'));
    await invalidate(client, changes.workChanged, workKeys.detail('W-1'));
    expect(stale(client, workKeys.list({ limit: 25 }))).toBe(true);
    expect(stale(client, workKeys.detail('W-2'))).toBe(true);
    expect(stale(client, outboundLoadKeys.detail('L-1'))).toBe(true);
    expect(stale(client, workKeys.detail('W-1'))).toBe(false);
  });

  it('a count or a posted journal makes the on-hand figures and the ledger stale', async () => {
    for (const change of [changes.counted, changes.journalCounted]) {
      const client = cacheWith(keys.cycleCountWorkKeys.detail('CW-1'), onHandKeys.list({ limit: 25 }), keys.ledgerKeys.list({ limit: 25 }), keys.countingJournalKeys.detail('J-1'));
      await invalidate(client, change);
      for (const key of [keys.cycleCountWorkKeys.detail('CW-1'), onHandKeys.list({ limit: 25 }), keys.ledgerKeys.list({ limit: 25 }), keys.countingJournalKeys.detail('J-1')]) expect(stale(client, key)).toBe(true);
    }
  });
});
