import { Type } from 'typebox';
import type { AppContext } from '../../../platform/context.js';
import { principalOf } from '../../../platform/http/auth.js';
import { Id } from '../../../platform/http/schema-types.js';
import type { App } from '../../../platform/http/server.js';
import { licensePlateLabel, printRequests } from '../commands/print-jobs.js';
import { licensePlateLabelPdf, licensePlateZpl } from '../domain/license-plate-label.js';

const TAGS = ['shipping labels'];
const ACCESS = ['warehouse_manager', 'warehouse_worker', 'planner'] as const;
const Params = Type.Object({ licensePlateId: Id() });

/** License plate labels at receiving: the plate as a Code 128 bar code with what it holds, printed or downloaded. */
export function licensePlateLabelRoutes(app: App, ctx: AppContext): void {
  const db = ctx.db.kysely;
  app.get(
    '/api/v1/license-plates/:licensePlateId/label.zpl',
    {
      schema: { tags: TAGS, summary: "A license plate's label in ZPL (its number as Code 128, what it holds)", params: Params, produces: ['text/plain'], response: { 200: Type.String({ description: 'ZPL II (^XA ... ^XZ)' }) } },
      config: { access: ACCESS },
    },
    async (request, reply) => {
      const label = await licensePlateLabel(db, request.params.licensePlateId);
      return reply.type('text/plain; charset=utf-8').header('content-disposition', `attachment; filename="lp-${label.licensePlateId}.zpl"`).send(licensePlateZpl(label));
    },
  );

  app.get(
    '/api/v1/license-plates/:licensePlateId/label.pdf',
    {
      schema: { tags: TAGS, summary: "A license plate's label as PDF", params: Params, produces: ['application/pdf'], response: { 200: Type.Unknown({ description: 'The PDF document (application/pdf)' }) } },
      config: { access: ACCESS },
    },
    async (request, reply) => {
      const label = await licensePlateLabel(db, request.params.licensePlateId);
      return reply.type('application/pdf').header('content-disposition', `inline; filename="lp-${label.licensePlateId}.pdf"`).send(Buffer.from(await licensePlateLabelPdf(label)));
    },
  );

  app.post(
    '/api/v1/license-plates/:licensePlateId/print',
    {
      schema: {
        tags: TAGS,
        summary: "Print a license plate's label on a label printer (a print job, retried until it is sent)",
        params: Params,
        body: Type.Object({ printerId: Id() }),
        response: { 202: Type.Object({ printJobId: Type.Integer() }) },
      },
      config: { access: ['warehouse_manager', 'warehouse_worker'] },
    },
    async (request, reply) => {
      const id = await printRequests.licensePlate(ctx, { licensePlateId: request.params.licensePlateId, printerId: request.body.printerId, requestedBy: principalOf(request).name });
      ctx.wake('jobs');
      return reply.status(202).send({ printJobId: id });
    },
  );
}
