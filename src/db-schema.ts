import type { EventsTables } from './modules/events/db/tables.js';
import type { InboundTables } from './modules/inbound/db/tables.js';
import type { InventoryTables } from './modules/inventory/db/tables.js';
import type { IntegrationTables } from './modules/integration/db/tables.js';
import type { MasterDataTables } from './modules/master-data/db/tables.js';
import type { OutboundTables } from './modules/outbound/db/tables.js';
import type { WorkTables } from './modules/work/db/tables.js';
import type { PlatformTables } from './platform/db/platform-tables.js';
import type { CountingTables } from './modules/counting/db/tables.js';
import type { ReconciliationTables } from './modules/reconciliation/db/tables.js';
import type { SourceSystemsTables } from './modules/source-systems/db/tables.js';
import type { UsersTables } from './platform/auth/tables.js';
import type { AuditTables } from './platform/audit/tables.js';
import type { D365Tables } from './modules/d365/db/tables.js';
import type { PackingTables } from './modules/packing/db/tables.js';
import type { ReplenishmentTables } from './modules/replenishment/db/tables.js';
import type { ReturnsTables } from './modules/returns/db/tables.js';

/**
 * The whole database as Kysely sees it: each module declares its own tables and this interface
 * joins them. A module writes only its own tables.
 */
export interface DB extends PlatformTables, MasterDataTables, SourceSystemsTables, IntegrationTables, InboundTables, OutboundTables, InventoryTables, EventsTables, WorkTables, CountingTables, ReconciliationTables, UsersTables, AuditTables, D365Tables, PackingTables, ReplenishmentTables, ReturnsTables {}
