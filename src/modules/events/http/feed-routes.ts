import type { AppContext } from '../../../platform/context.js';
import { DomainError } from '../../../platform/errors.js';
import { confinedSourceSystem } from '../../../platform/auth/principal.js';
import { principalOf, scopedSourceSystem } from '../../../platform/http/auth.js';
import type { App } from '../../../platform/http/server.js';
import { isEventType } from '../catalog.js';
import { readFeed, readOwnFeed } from '../db/feed.js';
import { noteFeedRead } from '../db/feed-readers.js';
import { EventsErrors } from '../errors.js';
import { FeedPage, FeedQuery } from './schemas.js';

const FEED_ACCESS = ['integration_operator', 'warehouse_manager', 'planner', 'source_system'] as const;

export function feedRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/v1/events',
    {
      schema: {
        tags: ['events'],
        summary: 'The business event feed: events after a cursor, in order',
        description:
          'Poll with `after` = the last `nextCursor`. Events appear once they are dispatched (right after their ' +
          'transaction commits) and never appear out of order. Integration clients see only their own source system\'s events, ' +
          'and their cursor counts only those (it says nothing about other source systems\' events).',
        querystring: FeedQuery,
        response: { 200: FeedPage },
      },
      config: { access: FEED_ACCESS },
    },
    async (request) => {
      const sourceSystemId = scopedSourceSystem(request, request.query.sourceSystemId);
      const types = request.query.types
        ?.split(',')
        .map((t) => t.trim())
        .filter((t) => t !== '');
      const unknown = (types ?? []).filter((t) => !isEventType(t));
      if (unknown.length > 0) {
        throw new DomainError(
          EventsErrors.unknownEventType,
          `types: ${unknown.join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not in the event catalog`,
          unknown.map((value) => ({ field: 'types', reason: 'is not an event type in the catalog', value })),
        );
      }
      const query = { after: request.query.after ?? 0, limit: request.query.limit ?? 100, ...(types && types.length > 0 ? { types } : {}) };
      const own = confinedSourceSystem(principalOf(request));
      if (own !== undefined) {
        // An integration client's position (in its own sequence) is what retention keeps the feed for;
        // staff readers are not tracked.
        if (Number.isSafeInteger(query.after)) await noteFeedRead(ctx.db.kysely, ctx.clock.now(), own, query.after);
        return readOwnFeed(ctx.db.kysely, own, query);
      }
      return readFeed(ctx.db.kysely, { ...query, ...(sourceSystemId !== undefined ? { sourceSystemId } : {}) });
    },
  );
}
