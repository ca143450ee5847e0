import { Type } from 'typebox';
import type { AppContext } from '../../../platform/context.js';
import { runCommand, runOperation } from '../../../platform/command.js';
import { notFound } from '../../../platform/errors.js';
import { principalOf } from '../../../platform/http/auth.js';
import { containsText, fetchPage, orderRows, pageOf, pageParams, PageQuery, SearchText, SortQuery, sorting, textSort } from '../../../platform/http/paging.js';
import type { App } from '../../../platform/http/server.js';
import { createJournal } from '../commands/create-journal.js';
import { createJournalName, readJournalNames, changeJournalNameExclusion } from '../commands/journal-names.js';
import { postJournal } from '../commands/post-journal.js';
import { registerCounts } from '../commands/register-counts.js';
import { journalHeaderView, journalView } from '../db/journal-rows.js';
import { COUNTING_BY } from '../domain/counting.js';
import { DimensionsInput, Journal, JournalHeader, JournalName, OperationId } from './schemas.js';
import { Id, LineNumber, Quantity, Text } from '../../../platform/http/schema-types.js';

const TAGS = ['counting'];
const READ = ['warehouse_manager', 'planner', 'integration_operator', 'warehouse_worker'] as const;
const COUNT = ['warehouse_manager', 'warehouse_worker'] as const;
const MANAGE = ['warehouse_manager'] as const;
const JournalSorting = sorting({
  fields: {
    journalId: textSort('journal_id'),
    journalNameId: textSort('journal_name_id'),
    description: textSort('description'),
    warehouseId: textSort('warehouse_id'),
    countingBy: textSort('counting_by'),
    status: textSort('status'),
    createdAt: 'created_at',
    createdBy: textSort('created_by'),
    postedAt: 'posted_at',
    postingSequence: 'posting_seq',
  },
  default: { sort: 'createdAt', order: 'desc' },
  tiebreak: textSort('journal_id'),
});
const JournalParams = Type.Object({ journalId: Id() });

export function journalRoutes(app: App, ctx: AppContext): void {
  const db = () => ctx.db.kysely;

  app.get(
    '/api/v1/counting-journal-names',
    { schema: { tags: TAGS, summary: 'Counting journal names, with their update log exclusion', response: { 200: Type.Array(JournalName) } }, config: { access: READ } },
    () => readJournalNames(ctx),
  );

  app.post(
    '/api/v1/counting-journal-names',
    { schema: { tags: TAGS, summary: 'Create a counting journal name', body: JournalName, response: { 201: JournalName } }, config: { access: MANAGE } },
    async (request, reply) => reply.status(201).send(await createJournalName(db(), request.body)),
  );

  app.patch(
    '/api/v1/counting-journal-names/:journalNameId',
    {
      schema: {
        tags: TAGS,
        summary: 'Include or exclude a journal name\'s postings from the warehouse inventory update log',
        params: Type.Object({ journalNameId: Id() }),
        body: Type.Object({ excludeFromWarehouseInventoryUpdateLogs: Type.Boolean() }),
        response: { 200: JournalName },
      },
      config: { access: MANAGE },
    },
    async (request) => {
      const found = await changeJournalNameExclusion(ctx, request.params.journalNameId, request.body.excludeFromWarehouseInventoryUpdateLogs);
      if (!found) throw notFound('Counting journal name', request.params.journalNameId);
      return found;
    },
  );

  app.post(
    '/api/v1/counting-journals',
    {
      schema: {
        tags: TAGS,
        summary: 'Create a counting journal for locations, items or license plates; each line snapshots its on-hand',
        body: Type.Object({
          journalNameId: Type.Optional(Id()),
          description: Type.Optional(Text(500)),
          warehouseId: Id(),
          countingBy: Type.Union(COUNTING_BY.map((c) => Type.Literal(c))),
          values: Type.Array(Id(), { minItems: 1, maxItems: 1000, description: 'Location ids, item numbers or license plate ids' }),
          ownerId: Type.Optional(Id()),
        }),
        response: { 201: Journal },
      },
      config: { access: COUNT },
    },
    async (request, reply) => {
      const actor = principalOf(request).name;
      const view = await runCommand(ctx, async ({ trx, now }) => journalView(trx, await createJournal(trx, now, actor, request.body)), { wakes: [] });
      return reply.status(201).send(view);
    },
  );

  app.get(
    '/api/v1/counting-journals',
    {
      schema: {
        tags: TAGS,
        summary: 'Counting journals, newest first',
        querystring: Type.Intersect([
          PageQuery,
          Type.Object({ status: Type.Optional(Id()), warehouseId: Type.Optional(Id()), q: Type.Optional(SearchText('Journal id or description contains')) }),
          SortQuery(JournalSorting),
        ]),
        response: { 200: pageOf(Type.Object(JournalHeader)) },
      },
      config: { access: READ },
    },
    async (request) => {
      const { limit, offset } = pageParams(request.query);
      let query = db().selectFrom('counting_journals');
      if (request.query.status) query = query.where('status', '=', request.query.status);
      if (request.query.warehouseId) query = query.where('warehouse_id', '=', request.query.warehouseId);
      if (request.query.q) query = query.where(containsText(['journal_id', 'description'], request.query.q));
      return fetchPage(query, { limit, offset }, (rows) => orderRows(rows.selectAll(), JournalSorting, request.query, ctx.db.caps), journalHeaderView);
    },
  );

  app.get(
    '/api/v1/counting-journals/:journalId',
    { schema: { tags: TAGS, summary: 'A counting journal with its lines', params: JournalParams, response: { 200: Journal } }, config: { access: READ } },
    (request) => journalView(db(), request.params.journalId),
  );

  app.post(
    '/api/v1/counting-journals/:journalId/counts',
    {
      schema: {
        tags: TAGS,
        summary: 'Register counted quantities (by line, or with dimensions for stock found without a line)',
        params: JournalParams,
        body: Type.Object({
          operationId: OperationId,
          counts: Type.Array(
            Type.Object({
              lineNumber: Type.Optional(LineNumber()),
              dimensions: Type.Optional(Type.Omit(DimensionsInput, ['warehouseId'])),
              countedQuantity: Quantity({ positive: false }),
              reasonCode: Type.Optional(Text(100)),
            }),
            { minItems: 1, maxItems: 1000 },
          ),
        }),
        response: { 200: Journal },
      },
      config: { access: COUNT },
    },
    async (request) => {
      const actor = principalOf(request).name;
      const { journalId } = request.params;
      await runOperation(ctx, { operationId: request.body.operationId, scope: `countingJournal.count:${journalId}` }, ({ trx, now }) => registerCounts(trx, now, actor, journalId, request.body.counts), { wakes: [] });
      return journalView(db(), journalId);
    },
  );

  app.post(
    '/api/v1/counting-journals/:journalId/post',
    {
      schema: {
        tags: TAGS,
        summary: 'Post a counting journal: adjustments to the ledger and the countingJournal.posted event, at once',
        params: JournalParams,
        body: Type.Object({ operationId: OperationId }),
        response: { 200: Journal },
      },
      config: { access: MANAGE },
    },
    async (request) => {
      const actor = principalOf(request).name;
      const { journalId } = request.params;
      await runOperation(ctx, { operationId: request.body.operationId, scope: `countingJournal.post:${journalId}` }, ({ trx, now }) => postJournal(trx, ctx, now, actor, journalId, request.body.operationId));
      return journalView(db(), journalId);
    },
  );
}
