import pg from 'pg';
import type { InboundShipmentOrderMessage } from '../src/modules/integration/http/message-schemas.js';
import { LINES_PER_MESSAGE } from './messages.js';
import { SQL, messageWrites, type Params } from './baseline-rows.js';
import { measure, type Timing } from './timing.js';

/** `?` placeholders numbered for PostgreSQL. */
const numbered = (text: string): string => {
  let i = 0;
  return text.replace(/\?/g, () => `$${++i}`);
};

const STATEMENTS = {
  insertMessage: numbered(`${SQL.insertMessage} returning id`),
  insertEvent: numbered(SQL.insertEvent),
  findOrder: numbered(SQL.findOrder),
  insertOrder: numbered(SQL.insertOrder),
  insertLine: numbered(SQL.insertLine),
  acceptMessage: numbered(SQL.acceptMessage),
  insertLog: numbered(SQL.insertLog),
};

export async function connect(url: string, schema: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url, options: `-c search_path=${schema}` });
  await client.connect();
  return client;
}

/**
 * The PostgreSQL baseline: plain pg with named (server-side prepared) statements and one transaction
 * per message, on several connections sharing the messages.
 */
export class PgBaseline {
  private constructor(
    private readonly clients: pg.Client[],
    private readonly sourceSystemId: string,
  ) {}

  static async open(url: string, schema: string, sourceSystemId: string, connections: number): Promise<PgBaseline> {
    return new PgBaseline(await Promise.all(Array.from({ length: connections }, () => connect(url, schema))), sourceSystemId);
  }

  run(contents: InboundShipmentOrderMessage[]): Promise<Timing> {
    const k = this.clients.length;
    return measure(async () => {
      await Promise.all(
        this.clients.map(async (c, s) => {
          const q = (name: keyof typeof STATEMENTS, values: Params) => c.query<{ id: string }>({ name, text: STATEMENTS[name], values });
          for (let i = s; i < contents.length; i += k) {
            const w = messageWrites(this.sourceSystemId, contents[i]!, Date.now());
            await c.query('begin');
            try {
              const id = Number((await q('insertMessage', w.message)).rows[0]?.id);
              await q('insertEvent', w.received);
              if ((await q('findOrder', w.findOrder)).rowCount) throw new Error('the baseline only creates orders');
              await q('insertOrder', w.order(id));
              for (const line of w.lines) await q('insertLine', line);
              await q('acceptMessage', w.accept(id));
              await q('insertLog', w.log(id));
              await q('insertEvent', w.accepted);
              await c.query('commit');
            } catch (error) {
              await c.query('rollback');
              throw error;
            }
          }
        }),
      );
    });
  }

  async verify(count: number): Promise<string[]> {
    const one = async (text: string) => Number((await this.clients[0]!.query<{ n: string }>(text, [this.sourceSystemId])).rows[0]?.n);
    const accepted = await one("select count(*) as n from shipment_order_messages where source_system_id = $1 and processing_status = 'Accepted'");
    const orders = await one('select count(*) as n from inbound_orders where source_system_id = $1');
    const lines = await one('select count(*) as n from inbound_order_lines l join inbound_orders o using (order_number) where o.source_system_id = $1');
    if (accepted === count && orders === count && lines === count * LINES_PER_MESSAGE) return [];
    return [`baseline ${this.sourceSystemId}: ${accepted} accepted messages, ${orders} orders, ${lines} lines; expected ${count}, ${count}, ${count * LINES_PER_MESSAGE}`];
  }

  async close(): Promise<void> {
    await Promise.all(this.clients.map((c) => c.end()));
  }
}
