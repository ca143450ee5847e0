import { Type } from 'typebox';
import type { AppContext } from '../../../platform/context.js';
import { notFound } from '../../../platform/errors.js';
import { scopedSourceSystem } from '../../../platform/http/auth.js';
import type { App } from '../../../platform/http/server.js';
import { changeProcess } from '../../../platform/jobs/process-changes.js';
import { PROCESS_INTERVAL_SECONDS, type ProcessRegistry } from '../../../platform/jobs/processes.js';
import type { ProcessRunner } from '../../../platform/jobs/process-runner.js';
import { listProcessesWithLastRun, runView } from '../queries/process-views.js';
import { Id, RowId } from '../../../platform/http/schema-types.js';

const RunSchema = Type.Object({
  id: Type.Integer(),
  trigger: Type.String(),
  startedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  endedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  outcome: Type.String({ description: 'running, succeeded or failed' }),
  itemsProcessed: Type.Integer(),
  error: Type.Union([Type.String(), Type.Null()]),
});

export const ProcessSchema = Type.Object({
  id: Type.Integer(),
  processType: Type.String(),
  label: Type.String(),
  scope: Type.String(),
  sourceSystemId: Type.Union([Type.String(), Type.Null()]),
  intervalSeconds: Type.Integer(),
  enabled: Type.Boolean(),
  nextRunAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  running: Type.Boolean(),
  parameters: Type.Record(Type.String(), Type.Unknown()),
  lastRun: Type.Union([RunSchema, Type.Null()]),
});

const IdParams = Type.Object({ id: RowId() });
const READ = ['integration_operator', 'warehouse_manager', 'source_system'] as const;
const WRITE = ['integration_operator', 'warehouse_manager'] as const;

export function processRoutes(app: App, ctx: AppContext, deps: { processes: ProcessRegistry; processRunner: ProcessRunner }): void {
  const label = (type: string): string => deps.processes.get(type)?.label ?? type;
  const one = async (id: number) => {
    const [found] = await listProcessesWithLastRun(ctx.db.kysely, ctx.clock.now(), { id });
    if (!found) throw notFound('Background process', id);
    return { ...found, label: label(found.processType) };
  };
  const visible = async (request: Parameters<typeof scopedSourceSystem>[0], id: number) => {
    const found = await one(id);
    const scope = scopedSourceSystem(request, undefined);
    if (scope !== undefined && found.sourceSystemId !== scope) throw notFound('Background process', id);
    return found;
  };

  app.get(
    '/api/v1/background-processes',
    {
      schema: {
        tags: ['background processes'],
        summary: 'Background processes with their schedule and last run',
        querystring: Type.Object({ sourceSystemId: Type.Optional(Id()) }),
        response: { 200: Type.Object({ items: Type.Array(ProcessSchema) }) },
      },
      config: { access: READ },
    },
    async (request) => {
      const sourceSystemId = scopedSourceSystem(request, request.query.sourceSystemId);
      const items = await listProcessesWithLastRun(ctx.db.kysely, ctx.clock.now(), sourceSystemId === undefined ? {} : { sourceSystemId });
      return { items: items.map((p) => ({ ...p, label: label(p.processType) })) };
    },
  );

  app.get(
    '/api/v1/background-processes/:id',
    { schema: { tags: ['background processes'], summary: 'One background process', params: IdParams, response: { 200: ProcessSchema } }, config: { access: READ } },
    (request) => visible(request, request.params.id),
  );

  app.patch(
    '/api/v1/background-processes/:id',
    {
      schema: {
        tags: ['background processes'],
        summary: 'Change the interval or switch a process on or off',
        params: IdParams,
        body: Type.Object(
          { intervalSeconds: Type.Optional(Type.Integer({ ...PROCESS_INTERVAL_SECONDS, description: 'Seconds between runs: at least 1, at most 366 days' })), enabled: Type.Optional(Type.Boolean()) },
          { additionalProperties: false },
        ),
        response: { 200: ProcessSchema },
      },
      config: { access: WRITE },
    },
    async (request) => {
      const current = await one(request.params.id);
      const { intervalSeconds, enabled } = request.body;
      const now = ctx.clock.now();
      if (intervalSeconds === undefined && enabled === undefined) return current;
      await changeProcess(ctx.db.kysely, { id: current.id }, { intervalSeconds, enabled }, now);
      return one(current.id);
    },
  );

  app.post(
    '/api/v1/background-processes/:id/run',
    {
      schema: {
        tags: ['background processes'],
        summary: 'Run a process now and wait for the run to finish',
        params: IdParams,
        response: { 200: Type.Object({ run: Type.Union([RunSchema, Type.Null()]), skipped: Type.Boolean(), process: ProcessSchema }) },
      },
      config: { access: [...WRITE, 'source_system'] },
    },
    async (request) => {
      const found = await visible(request, request.params.id);
      const result = await deps.processRunner.runNow(found.id);
      const run =
        result && result.outcome !== 'skipped'
          ? await ctx.db.kysely.selectFrom('process_runs').selectAll().where('id', '=', result.runId).executeTakeFirst()
          : undefined;
      return { run: run ? runView(run) : null, skipped: result?.outcome === 'skipped', process: await one(found.id) };
    },
  );

  app.get(
    '/api/v1/background-processes/:id/runs',
    {
      schema: {
        tags: ['background processes'],
        summary: 'Run history, newest first',
        params: IdParams,
        querystring: Type.Object({ limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })) }),
        response: { 200: Type.Object({ items: Type.Array(RunSchema) }) },
      },
      config: { access: READ },
    },
    async (request) => {
      await visible(request, request.params.id);
      const rows = await ctx.db.kysely
        .selectFrom('process_runs')
        .selectAll()
        .where('process_id', '=', request.params.id)
        .orderBy('id', 'desc')
        .limit(request.query.limit ?? 50)
        .execute();
      return { items: rows.map(runView) };
    },
  );
}
