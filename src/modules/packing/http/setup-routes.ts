import { Type } from 'typebox';
import type { AppContext } from '../../../platform/context.js';
import { DomainError } from '../../../platform/errors.js';
import type { App } from '../../../platform/http/server.js';
import { Id } from '../../../platform/http/schema-types.js';
import { deleteContainerType, deletePrinter, saveContainerType, saveLabelSettings, savePrinter } from '../commands/setup.js';
import { containerTypes, containerTypeView, labelSettings, printers, printerView } from '../db/setup-reads.js';
import { PackingErrors } from '../errors.js';
import { ContainerType, ContainerTypeInput, LabelSettings, LabelSettingsInput, Printer, PrinterInput } from './schemas.js';

const TAGS = ['packing setup'];
const READ = ['warehouse_manager', 'warehouse_worker', 'planner', 'integration_operator'] as const;
const SETUP = ['warehouse_manager'] as const;
/** Printers are network targets: only admins say where Quayside may connect to (ADR 0021). */
const ADMIN = ['admin'] as const;

export function packingSetupRoutes(app: App, ctx: AppContext): void {
  const db = ctx.db.kysely;
  app.get('/api/v1/container-types', { schema: { tags: TAGS, summary: 'Shipping container types', response: { 200: Type.Object({ items: Type.Array(ContainerType) }) } }, config: { access: READ } }, async () => ({
    items: await containerTypes(db),
  }));

  app.put(
    '/api/v1/container-types/:containerTypeId',
    { schema: { tags: TAGS, summary: 'Create or change a shipping container type (tare, maximum weight, outer size)', params: Type.Object({ containerTypeId: Id() }), body: ContainerTypeInput, response: { 200: ContainerType } }, config: { access: SETUP } },
    async (request) => containerTypeView(await saveContainerType(db, ctx.clock.now(), request.params.containerTypeId, request.body)),
  );

  app.delete(
    '/api/v1/container-types/:containerTypeId',
    { schema: { tags: TAGS, summary: 'Remove a container type no container uses', params: Type.Object({ containerTypeId: Id() }), response: { 204: Type.Null() } }, config: { access: SETUP } },
    async (request, reply) => {
      await deleteContainerType(db, request.params.containerTypeId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/v1/warehouses/:warehouseId/label-settings',
    { schema: { tags: TAGS, summary: "The warehouse's GS1 company prefix and SSCC extension digit", params: Type.Object({ warehouseId: Id() }), response: { 200: LabelSettings } }, config: { access: READ } },
    async (request) => {
      const found = await labelSettings(db, request.params.warehouseId);
      if (!found) throw new DomainError(PackingErrors.labelSettingsMissing, `Warehouse ${request.params.warehouseId} has no GS1 company prefix`);
      return found;
    },
  );

  app.put(
    '/api/v1/warehouses/:warehouseId/label-settings',
    { schema: { tags: TAGS, summary: "Set the warehouse's GS1 company prefix and SSCC extension digit", params: Type.Object({ warehouseId: Id() }), body: LabelSettingsInput, response: { 200: LabelSettings } }, config: { access: SETUP } },
    async (request) => {
      const saved = await saveLabelSettings(db, ctx.clock.now(), request.params.warehouseId, request.body);
      return { warehouseId: saved.warehouse_id, gs1CompanyPrefix: saved.gs1_company_prefix, extensionDigit: Number(saved.extension_digit) };
    },
  );

  app.get('/api/v1/label-printers', { schema: { tags: TAGS, summary: 'Label printers', response: { 200: Type.Object({ items: Type.Array(Printer) }) } }, config: { access: READ } }, async () => ({
    items: await printers(db),
  }));

  app.put(
    '/api/v1/label-printers/:printerId',
    {
      schema: { tags: TAGS, summary: 'Create or change a label printer (raw TCP, ZPL); its host must be on the warehouse network (ADR 0021)', params: Type.Object({ printerId: Id() }), body: PrinterInput, response: { 200: Printer } },
      config: { access: ADMIN },
    },
    async (request) => printerView(await savePrinter(db, ctx.clock.now(), request.params.printerId, { ...request.body, port: request.body.port ?? 9100, format: 'ZPL' })),
  );

  app.delete(
    '/api/v1/label-printers/:printerId',
    { schema: { tags: TAGS, summary: 'Remove a label printer without print jobs', params: Type.Object({ printerId: Id() }), response: { 204: Type.Null() } }, config: { access: ADMIN } },
    async (request, reply) => {
      await deletePrinter(db, request.params.printerId);
      return reply.status(204).send(null);
    },
  );
}
