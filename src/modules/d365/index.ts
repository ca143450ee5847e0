import type { AppContext } from '../../platform/context.js';
import type { Module } from '../../platform/module.js';
import { DAY_MS, type RetentionTask } from '../../platform/retention/retention.js';
import type { App } from '../../platform/http/server.js';
import { companyRoutes } from './http/company-routes.js';
import { documentRoutes } from './http/document-routes.js';
import { messageRoutes } from './http/message-routes.js';
import { serviceRoutes } from './http/service-routes.js';
import { tokenRoutes } from './http/token-routes.js';
import { odataErrorHandler, odataNotFound } from './odata/errors.js';
import { newTransaction } from '../../platform/db/transaction.js';

export { D365Errors } from './errors.js';
export { d365PayloadFormatter, D365_BUSINESS_EVENT_IDS } from './events/envelope.js';

/** A message header posted to /data/ and never completed is removed after this long. */
const ABANDONED_MESSAGE_DAYS = 7;

const abandonedMessages: RetentionTask = {
  name: 'd365AbandonedMessages',
  removeBatch: (db, now, limit) =>
    newTransaction(db, async (trx) => {
      const old = await trx
        .selectFrom('d365_staged_messages')
        .select(['source_system_id', 'message_id'])
        .where('updated_at', '<', now - ABANDONED_MESSAGE_DAYS * DAY_MS)
        .limit(limit)
        .execute();
      for (const m of old) {
        await trx.deleteFrom('d365_staged_lines').where('source_system_id', '=', m.source_system_id).where('message_id', '=', m.message_id).execute();
        await trx.deleteFrom('d365_staged_messages').where('source_system_id', '=', m.source_system_id).where('message_id', '=', m.message_id).execute();
      }
      // A line that raced its header's Complete is left without a header; it goes by its own age.
      const orphans = await trx
        .deleteFrom('d365_staged_lines')
        .where('created_at', '<', now - ABANDONED_MESSAGE_DAYS * DAY_MS)
        .where((eb) =>
          eb.not(
            eb.exists(
              eb
                .selectFrom('d365_staged_messages as m')
                .select('m.message_id')
                .whereRef('m.source_system_id', '=', 'd365_staged_lines.source_system_id')
                .whereRef('m.message_id', '=', 'd365_staged_lines.message_id'),
            ),
          ),
        )
        .executeTakeFirst();
      return { removed: old.length + Number(orphans.numDeletedRows), next: old.length === limit ? 0 : null };
    }),
};

/**
 * The D365-compatible surface (issue 17, docs/d365-compatibility.md): an OData v4 service at /data/ that
 * translates Dynamics 365 warehouse-management-only-mode requests onto the other modules' commands and
 * reads, and the OAuth 2.0 token endpoint connectors authenticate with. It implements no rule of its own.
 */
export function d365Module(ctx: AppContext): Module {
  return {
    name: 'd365',
    routes: async (app: App) => {
      companyRoutes(app, ctx);
      // Each in its own scope: the token endpoint answers OAuth's errors, /data/ answers OData's.
      await app.register((oauth: App, _options, done) => {
        tokenRoutes(oauth, ctx);
        done();
      });
      await app.register(
        (data: App, _options, done) => {
          data.setErrorHandler(odataErrorHandler);
          data.setNotFoundHandler(odataNotFound);
          serviceRoutes(data);
          messageRoutes(data, ctx);
          documentRoutes(data, ctx);
          done();
        },
        { prefix: '/data' },
      );
    },
    retention: [abandonedMessages],
  };
}
