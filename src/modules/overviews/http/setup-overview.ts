import { Type } from 'typebox';
import type { DB } from '../../../db-schema.js';
import type { AppContext } from '../../../platform/context.js';
import { principalOf } from '../../../platform/http/auth.js';
import type { App } from '../../../platform/http/server.js';
import { count } from '../db/buckets.js';
import { nullable } from './schemas.js';

const COUNTED = {
  warehouses: 'warehouses',
  zones: 'zones',
  locations: 'locations',
  items: 'items',
  units: 'units',
  inventoryStatuses: 'inventory_statuses',
  inventoryOwners: 'inventory_owners',
  sourceSystems: 'source_systems',
  itemMappings: 'source_system_items',
  workTemplates: 'work_templates',
  locationDirectives: 'location_directives',
  waveTemplates: 'outbound_wave_templates',
} as const satisfies Record<string, keyof DB>;

type Counted = keyof typeof COUNTED;

const SetupOverview = Type.Object({
  generatedAt: Type.String(),
  records: Type.Object(Object.fromEntries(Object.keys(COUNTED).map((k) => [k, Type.Integer()])) as Record<Counted, ReturnType<typeof Type.Integer>>, { description: 'How many records of each kind exist' }),
  itemsWithoutMapping: Type.Integer({ description: 'Items no source system has an item number for: no message can name them' }),
  activeWebhookSubscriptions: Type.Integer(),
  activeApiKeys: nullable(Type.Integer({ description: 'Keys not revoked; null unless an admin asks' })),
});

/** How much master data and setup there is, and what is missing, for the Setup workspace. */
export function setupOverviewRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/v1/overviews/setup',
    {
      schema: {
        tags: ['overviews'],
        summary: "The setup workspace's overview: how many warehouses, locations, items, source systems, mappings, templates and subscriptions there are, and items no source system can name",
        response: { 200: SetupOverview },
      },
      config: { access: ['warehouse_manager', 'integration_operator'] },
    },
    async (request) => {
      const principal = principalOf(request);
      const admin = principal.kind === 'user' && principal.role === 'admin';
      const db = ctx.db.kysely;
      const countOf = async (table: keyof DB) => count(await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst());
      const [records, unmapped, subscriptions, keys] = await Promise.all([
        Promise.all(Object.entries(COUNTED).map(async ([name, table]) => [name, await countOf(table)] as const)),
        db
          .selectFrom('items as i')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where((eb) => eb.not(eb.exists(eb.selectFrom('source_system_items as m').select('m.item_number').whereRef('m.item_number', '=', 'i.item_number'))))
          .executeTakeFirst(),
        db.selectFrom('webhook_subscriptions').select((eb) => eb.fn.countAll<number>().as('n')).where('active', '=', 1).executeTakeFirst(),
        admin ? db.selectFrom('api_keys').select((eb) => eb.fn.countAll<number>().as('n')).where('revoked_at', 'is', null).executeTakeFirst() : Promise.resolve(undefined),
      ]);
      return {
        generatedAt: new Date(ctx.clock.now()).toISOString(),
        records: Object.fromEntries(records) as Record<Counted, number>,
        itemsWithoutMapping: count(unmapped),
        activeWebhookSubscriptions: count(subscriptions),
        activeApiKeys: admin ? count(keys) : null,
      };
    },
  );
}
