import SQLite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { withStatementCache } from './sqlite-statement-cache.js';

describe('SQLite prepared statement cache', () => {
  it('reuses the statement for the same SQL and keeps reads and writes apart', () => {
    const native = new SQLite(':memory:');
    const db = withStatementCache(native);
    native.exec('create table t (n integer)');
    const insert = db.prepare('insert into t (n) values (?)');
    expect(db.prepare('insert into t (n) values (?)')).toBe(insert);
    expect(insert.reader).toBe(false);
    insert.run([1]);
    insert.run([2]);
    const select = db.prepare('select n from t order by n');
    expect(select.reader).toBe(true);
    expect(select.all([])).toEqual([{ n: 1 }, { n: 2 }]);
    db.close();
  });

  it('keeps only the most recently used statements', () => {
    const native = new SQLite(':memory:');
    const db = withStatementCache(native, 2);
    const one = db.prepare('select 1');
    const two = db.prepare('select 2');
    expect(db.prepare('select 1')).toBe(one);
    db.prepare('select 3');
    expect(db.prepare('select 1')).toBe(one);
    expect(db.prepare('select 2')).not.toBe(two);
    db.close();
  });

  it('prepares a fresh statement while the cached one is still being read', () => {
    const native = new SQLite(':memory:');
    const db = withStatementCache(native);
    const reading = db.prepare('select 1 as n union all select 2');
    const rows = reading.iterate([]);
    rows.next();
    const other = db.prepare('select 1 as n union all select 2');
    expect(other).not.toBe(reading);
    expect(other.all([])).toEqual([{ n: 1 }, { n: 2 }]);
    rows.return?.();
    expect(db.prepare('select 1 as n union all select 2')).toBe(reading);
    db.close();
  });

  it('closes the connection, after which nothing can be prepared on it', () => {
    const native = new SQLite(':memory:');
    const db = withStatementCache(native);
    db.prepare('select 1');
    db.close();
    expect(native.open).toBe(false);
    expect(() => db.prepare('select 1')).toThrow();
  });
});
