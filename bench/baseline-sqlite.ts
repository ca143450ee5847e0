import SQLite from 'better-sqlite3';
import type { InboundShipmentOrderMessage } from '../src/modules/integration/http/message-schemas.js';
import { createDatabase } from '../src/platform/db/database.js';
import { migrateToLatest } from '../src/platform/db/migrator.js';
import { LINES_PER_MESSAGE } from './messages.js';
import { SQL, messageWrites } from './baseline-rows.js';
import { measure, type Timing } from './timing.js';

/**
 * The SQLite baseline: Quayside's schema (its migrations, run into a fresh file), the same file
 * settings as Quayside (WAL, synchronous=NORMAL, foreign keys on), plain better-sqlite3 prepared
 * statements and one transaction per message.
 */
export class SqliteBaseline {
  private constructor(
    private readonly db: SQLite.Database,
    private readonly handle: (w: ReturnType<typeof messageWrites>) => void,
    private readonly sourceSystemId: string,
  ) {}

  static async open(path: string, sourceSystemId = 'BASE'): Promise<SqliteBaseline> {
    const schema = createDatabase({ url: `sqlite:${path}` });
    await migrateToLatest(schema);
    await schema.close();

    const db = new SQLite(path);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    const s = {
      insertMessage: db.prepare(SQL.insertMessage),
      insertEvent: db.prepare(SQL.insertEvent),
      findOrder: db.prepare(SQL.findOrder),
      insertOrder: db.prepare(SQL.insertOrder),
      insertLine: db.prepare(SQL.insertLine),
      acceptMessage: db.prepare(SQL.acceptMessage),
      insertLog: db.prepare(SQL.insertLog),
    };
    const handle = db.transaction((w: ReturnType<typeof messageWrites>) => {
      const id = Number(s.insertMessage.run(w.message).lastInsertRowid);
      s.insertEvent.run(w.received);
      if (s.findOrder.get(w.findOrder)) throw new Error('the baseline only creates orders');
      s.insertOrder.run(w.order(id));
      for (const line of w.lines) s.insertLine.run(line);
      s.acceptMessage.run(w.accept(id));
      s.insertLog.run(w.log(id));
      s.insertEvent.run(w.accepted);
    });
    return new SqliteBaseline(db, handle, sourceSystemId);
  }

  run(contents: InboundShipmentOrderMessage[]): Promise<Timing> {
    return measure(() => {
      for (const content of contents) this.handle(messageWrites(this.sourceSystemId, content, Date.now()));
    });
  }

  verify(count: number): string[] {
    const one = (sql: string) => (this.db.prepare(sql).pluck().get() as number) ?? 0;
    const accepted = one("select count(*) from shipment_order_messages where processing_status = 'Accepted'");
    const orders = one('select count(*) from inbound_orders');
    const lines = one('select count(*) from inbound_order_lines');
    if (accepted === count && orders === count && lines === count * LINES_PER_MESSAGE) return [];
    return [`baseline: ${accepted} accepted messages, ${orders} orders, ${lines} lines; expected ${count}, ${count}, ${count * LINES_PER_MESSAGE}`];
  }

  close(): void {
    this.db.close();
  }
}
