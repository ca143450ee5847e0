import { createConnection } from 'node:net';
import type { AppContext } from '../../../platform/context.js';
import type { Poller } from '../../../platform/jobs/worker.js';
import { addressLiteral } from '../../../platform/net/address-policy.js';
import { systemResolver, type HostResolver } from '../../../platform/net/outbound-target.js';
import { refusedPrinterAddress, refusedPrinterHost } from '../domain/printer-target.js';

const SEND_TIMEOUT_MS = 5_000;
/** While a job is being sent it is not due; a sender that died leaves it due again after this. */
const SENDING_LEASE_MS = 60_000;
const BACKOFF_BASE_MS = 5_000;
const BACKOFF_MAX_MS = 5 * 60_000;

/** Waits 5 s, 10 s, 20 s ... (at most 5 minutes) after the n-th failed attempt. */
export function printBackoffMs(attempts: number): number {
  return Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempts - 1));
}

/** Sends a document to a printer's raw TCP port (JetDirect / port 9100): connect, write, close. */
export async function sendRaw(host: string, port: number, document: string, resolve: HostResolver = systemResolver): Promise<void> {
  const refused = refusedPrinterHost(host);
  if (refused) throw new Error(`printer host refused: ${refused}`);
  let address = addressLiteral(host);
  if (address === undefined) {
    const found = await resolve(host);
    if (found.length === 0) throw new Error(`printer host '${host}' has no address`);
    for (const a of found) {
      const why = refusedPrinterAddress(a.address);
      if (why) throw new Error(`printer host '${host}' refused: ${why}`);
    }
    address = found[0]?.address ?? host;
  }
  await new Promise<void>((done, fail) => {
    const socket = createConnection({ host: address, port });
    socket.setTimeout(SEND_TIMEOUT_MS, () => socket.destroy(new Error(`no answer from ${host}:${String(port)} within ${String(SEND_TIMEOUT_MS / 1000)} s`)));
    socket.on('error', fail);
    socket.on('connect', () => socket.end(document, 'utf8'));
    socket.on('close', (hadError) => {
      if (!hadError) done();
    });
  });
}

/**
 * The print job sender: claims due jobs one at a time with a compare-and-set (so two worker processes
 * never send the same job), sends each outside any transaction, and records sent, or the error and the
 * next attempt with backoff, or failed after the last attempt.
 */
export function printJobSender(ctx: AppContext, resolve: HostResolver = systemResolver): Poller {
  const db = ctx.db.kysely;
  return {
    name: 'label print jobs',
    topic: 'jobs',
    async poll() {
      const now = ctx.clock.now();
      const due = await db
        .selectFrom('label_print_jobs as j')
        .innerJoin('label_printers as p', 'p.printer_id', 'j.printer_id')
        .select(['j.id', 'j.document', 'j.attempts', 'j.max_attempts', 'p.host', 'p.port'])
        .where((eb) => eb.or([eb('j.status', '=', 'queued'), eb('j.status', '=', 'sending')]))
        .where('j.next_attempt_at', '<=', now)
        .orderBy('j.next_attempt_at')
        .orderBy('j.id')
        .limit(10)
        .execute();
      let handled = 0;
      for (const job of due) {
        const claimed = await db
          .updateTable('label_print_jobs')
          .set({ status: 'sending', attempts: Number(job.attempts) + 1, next_attempt_at: now + SENDING_LEASE_MS })
          .where('id', '=', job.id)
          .where('attempts', '=', job.attempts)
          .where('next_attempt_at', '<=', now)
          .where('status', 'in', ['queued', 'sending'])
          .executeTakeFirst();
        if (Number(claimed.numUpdatedRows) !== 1) continue;
        handled++;
        const attempts = Number(job.attempts) + 1;
        try {
          await sendRaw(job.host, Number(job.port), job.document, resolve);
          await db.updateTable('label_print_jobs').set({ status: 'sent', sent_at: ctx.clock.now(), last_error: null }).where('id', '=', job.id).execute();
        } catch (error) {
          const message = (error instanceof Error ? error.message : String(error)).slice(0, 500);
          const last = attempts >= Number(job.max_attempts);
          await db
            .updateTable('label_print_jobs')
            .set({ status: last ? 'failed' : 'queued', last_error: message, next_attempt_at: ctx.clock.now() + printBackoffMs(attempts) })
            .where('id', '=', job.id)
            .execute();
          ctx.log.warn({ printJob: job.id, attempts, err: message }, last ? 'label print job failed after its last attempt' : 'label print job failed; will retry');
        }
      }
      return handled;
    },
  };
}
