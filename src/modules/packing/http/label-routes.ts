import { Type } from 'typebox';
import type { AppContext } from '../../../platform/context.js';
import { pageOf, pageParams, PageQuery } from '../../../platform/http/paging.js';
import { principalOf } from '../../../platform/http/auth.js';
import type { App } from '../../../platform/http/server.js';
import { Id } from '../../../platform/http/schema-types.js';
import { DomainError } from '../../../platform/errors.js';
import { closedContainerLabel, printRequests } from '../commands/print-jobs.js';
import { printJobs } from '../db/setup-reads.js';
import { containerLabelPdf } from '../domain/label-pdf.js';
import { containerZpl } from '../domain/zpl.js';
import { PackingErrors } from '../errors.js';
import { JobId, PrintJob, PrintJobStatus } from './schemas.js';

const TAGS = ['shipping labels'];
const READ = ['warehouse_manager', 'warehouse_worker', 'planner'] as const;
const PRINT = ['warehouse_manager', 'warehouse_worker'] as const;
const Params = Type.Object({ containerId: Id() });

export function labelRoutes(app: App, ctx: AppContext): void {
  const db = ctx.db.kysely;

  app.get(
    '/api/v1/shipping-containers/:containerId/label.pdf',
    {
      schema: { tags: TAGS, summary: "A closed container's shipping label as PDF (SSCC as GS1-128)", params: Params, produces: ['application/pdf'], response: { 200: Type.Unknown({ description: 'The PDF document (application/pdf)' }) } },
      config: { access: READ },
    },
    async (request, reply) => {
      const label = await closedContainerLabel(db, request.params.containerId);
      const pdf = await containerLabelPdf([label]);
      return reply.type('application/pdf').header('content-disposition', `inline; filename="sscc-${label.sscc}.pdf"`).send(Buffer.from(pdf));
    },
  );

  app.get(
    '/api/v1/shipping-containers/:containerId/label.zpl',
    {
      schema: { tags: TAGS, summary: "A closed container's shipping label in ZPL for Zebra printers", params: Params, produces: ['text/plain'], response: { 200: Type.String({ description: 'ZPL II (^XA ... ^XZ)' }) } },
      config: { access: READ },
    },
    async (request, reply) => {
      const label = await closedContainerLabel(db, request.params.containerId);
      return reply.type('text/plain; charset=utf-8').header('content-disposition', `attachment; filename="sscc-${label.sscc}.zpl"`).send(containerZpl(label));
    },
  );

  app.get(
    '/api/v1/label-print-jobs',
    {
      schema: {
        tags: TAGS,
        summary: 'Label print jobs, newest first: queued, sent or failed, with attempts and the last error',
        querystring: Type.Intersect([PageQuery, Type.Object({ printerId: Type.Optional(Id()), containerId: Type.Optional(Id()), status: Type.Optional(PrintJobStatus) })]),
        response: { 200: pageOf(PrintJob) },
      },
      config: { access: READ },
    },
    async (request) => {
      const page = pageParams(request.query);
      const { printerId, containerId, status } = request.query;
      const found = await printJobs(db, { ...page, ...(printerId ? { printerId } : {}), ...(containerId ? { containerId } : {}), ...(status ? { status } : {}) });
      return { ...found, ...page };
    },
  );

  app.get('/api/v1/label-print-jobs/:id', { schema: { tags: TAGS, summary: 'A label print job', params: JobId, response: { 200: PrintJob } }, config: { access: READ } }, async (request) => {
    const found = await printJobs(db, { id: request.params.id, limit: 1, offset: 0 });
    const job = found.items[0];
    if (!job) throw new DomainError(PackingErrors.printJobNotFound, `Print job ${String(request.params.id)} does not exist`);
    return job;
  });

  app.post(
    '/api/v1/label-print-jobs/:id/reprint',
    { schema: { tags: TAGS, summary: 'Print the label of a job again (a new job)', params: JobId, body: Type.Object({ printerId: Type.Optional(Id()) }), response: { 202: Type.Object({ printJobId: Type.Integer() }) } }, config: { access: PRINT } },
    async (request, reply) => {
      const id = await printRequests.reprint(ctx, { jobId: request.params.id, printerId: request.body.printerId, requestedBy: principalOf(request).name });
      ctx.wake('jobs');
      return reply.status(202).send({ printJobId: id });
    },
  );
}
