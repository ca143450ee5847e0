import type { AppContext } from '../../platform/context.js';
import { ageSeconds, dbGauges } from '../../platform/metrics/registry.js';
import { STATE_FOR_STATUS, type ProcessingStatus, type ProcessorState } from './domain/message-states.js';

/**
 * The statuses counted: those a message waits or needs someone in. Accepted and Canceled messages are the
 * history (every order ever received, until retention): counting them would read a large part of the table
 * at every scrape, where these are found through the processor's index (processor_state).
 */
const COUNTED_STATUSES = ['Received', 'Failed', 'Draft'] as const satisfies readonly ProcessingStatus[];
const COUNTED_STATES: ProcessorState[] = COUNTED_STATUSES.map((s) => STATE_FOR_STATUS[s]);

interface PerSourceSystem {
  byStatus: Map<string, number>;
  queued: number;
  oldestQueuedAt: number | null;
}

/**
 * Per source system: messages by processing status (the current version of each), the queue's depth and its
 * oldest message's age. Read from the database at every scrape, so every process reports the same.
 */
export function integrationMetrics(ctx: AppContext): void {
  const db = ctx.db.kysely;
  const read = async () => {
    const now = ctx.clock.now();
    const systems = await db.selectFrom('source_systems').select('source_system_id').execute();
    const rows = await db
      .selectFrom('shipment_order_messages')
      .select(['source_system_id', 'processing_status', 'processor_state', (eb) => eb.fn.countAll<number>().as('n'), (eb) => eb.fn.min('received_at').as('oldest')])
      .where('processor_state', 'in', COUNTED_STATES)
      .where('replaced_by_id', 'is', null)
      .groupBy(['source_system_id', 'processing_status', 'processor_state'])
      .execute();
    const per = new Map<string, PerSourceSystem>();
    const entry = (id: string): PerSourceSystem => {
      let e = per.get(id);
      if (!e) {
        e = { byStatus: new Map(COUNTED_STATUSES.map((s) => [s, 0])), queued: 0, oldestQueuedAt: null };
        per.set(id, e);
      }
      return e;
    };
    for (const s of systems) entry(s.source_system_id);
    for (const r of rows) {
      const e = entry(r.source_system_id);
      e.byStatus.set(r.processing_status, (e.byStatus.get(r.processing_status) ?? 0) + Number(r.n));
      if (r.processor_state === 'Queued') {
        e.queued += Number(r.n);
        const oldest = r.oldest === null ? null : Number(r.oldest);
        if (oldest !== null && (e.oldestQueuedAt === null || oldest < e.oldestQueuedAt)) e.oldestQueuedAt = oldest;
      }
    }
    return { now, per };
  };
  dbGauges(ctx.metrics, ctx.log, read, [
    {
      name: 'quayside_messages',
      help: 'Shipment order messages by source system and processing status: Received (queued), Failed and Draft; Accepted and Canceled are not counted.',
      labelNames: ['source_system', 'status'],
      samples: ({ per }) => [...per].flatMap(([id, e]) => [...e.byStatus].map(([status, n]) => ({ labels: { source_system: id, status }, value: n }))),
    },
    {
      name: 'quayside_message_queue_depth',
      help: 'Messages queued for processing, by source system (also those waiting for an earlier message of their order, or for a retry).',
      labelNames: ['source_system'],
      samples: ({ per }) => [...per].map(([id, e]) => ({ labels: { source_system: id }, value: e.queued })),
    },
    {
      name: 'quayside_message_queue_oldest_age_seconds',
      help: 'Age of the oldest queued message, by source system, from when it was received (0: none is queued).',
      labelNames: ['source_system'],
      samples: ({ now, per }) => [...per].map(([id, e]) => ({ labels: { source_system: id }, value: ageSeconds(now, e.oldestQueuedAt) })),
    },
  ]);
}
