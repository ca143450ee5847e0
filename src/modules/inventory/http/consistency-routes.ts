import { Type } from 'typebox';
import type { AppContext } from '../../../platform/context.js';
import type { App } from '../../../platform/http/server.js';
import { checkConsistency } from '../db/consistency.js';
import type { ReservationHolder } from '../db/reservation-holders.js';
import { ledgerChecks } from '../commands/ledger-check.js';
import { DimensionsSchema } from './stock-schemas.js';

/** The ledger/balance consistency check, run on request, and the results of the background check. */
export function consistencyRoutes(app: App, ctx: AppContext, holders: readonly ReservationHolder[]): void {
  app.get(
    '/api/v1/inventory/consistency',
    {
      schema: {
        tags: ['inventory'],
        summary: 'Recompute every balance from the ledger and every reserved quantity from its reservations, and list any difference (empty lists mean they agree)',
        response: {
          200: Type.Object({
            consistent: Type.Boolean(),
            checkedAt: Type.String(),
            differences: Type.Array(Type.Object({ dimensions: Type.Object(DimensionsSchema), ledgerQuantity: Type.Number(), balanceQuantity: Type.Number() }), {
              description: 'Physical: balances whose quantity is not the sum of their ledger rows',
            }),
            reservedDifferences: Type.Array(
              Type.Object({
                dimensions: Type.Object(DimensionsSchema),
                heldQuantity: Type.Number({ description: 'What the reservations (outbound order lines) hold at these dimensions' }),
                reservedQuantity: Type.Number({ description: "The balance's reserved quantity" }),
              }),
              { description: 'Reserved: balances whose reserved quantity is not what their reservations hold' },
            ),
          }),
        },
      },
      config: { access: ['warehouse_manager'] },
    },
    async () => {
      const report = await checkConsistency(ctx.db.kysely, holders);
      return {
        consistent: report.differences.length === 0 && report.reservedDifferences.length === 0,
        checkedAt: new Date(ctx.clock.now()).toISOString(),
        differences: report.differences,
        reservedDifferences: report.reservedDifferences,
      };
    },
  );

  app.get(
    '/api/v1/inventory/consistency/checks',
    {
      schema: {
        tags: ['inventory'],
        summary: 'What the background ledger check found, newest first',
        description:
          'The background process "Check the inventory balances against the ledger and the reservations" (every 10 minutes by default) stores each result here. ' +
          'Each lists its first 50 differences; the counts are complete.',
        querystring: Type.Object({ limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 20 })) }),
        response: {
          200: Type.Object({
            items: Type.Array(
              Type.Object({
                id: Type.Integer(),
                checkedAt: Type.String(),
                consistent: Type.Boolean(),
                itemsChecked: Type.Integer(),
                physicalDifferenceCount: Type.Integer(),
                reservedDifferenceCount: Type.Integer(),
                differences: Type.Array(
                  Type.Object({
                    kind: Type.Union([Type.Literal('Physical'), Type.Literal('Reserved')]),
                    ...DimensionsSchema,
                    expectedQuantity: Type.Number({ description: 'Physical: the sum of the ledger. Reserved: what the reservations hold.' }),
                    balanceQuantity: Type.Number({ description: 'What the balance row says' }),
                  }),
                ),
              }),
            ),
          }),
        },
      },
      config: { access: ['warehouse_manager', 'integration_operator'] },
    },
    async (request) => {
      const checks = await ledgerChecks(ctx.db.kysely, request.query.limit ?? 20);
      return {
        items: checks.map((c) => ({
          id: c.id,
          checkedAt: new Date(c.checkedAt).toISOString(),
          consistent: c.physicalDifferences === 0 && c.reservedDifferences === 0,
          itemsChecked: c.itemsChecked,
          physicalDifferenceCount: c.physicalDifferences,
          reservedDifferenceCount: c.reservedDifferences,
          differences: c.differences,
        })),
      };
    },
  );
}
