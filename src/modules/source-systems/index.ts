/**
 * Source systems: the ERPs Quayside serves, their settings, how they name items (item mappings) and
 * owners (owner external ids), and the background processes each one gets. Read by every module that
 * handles a source system's orders, stock or documents. The wiring (routes, processes) is in module.ts.
 *
 * Tables: source_systems, source_system_items, inventory_owner_external_ids, source_system_inbound_order_policies.
 * Events: none.
 */
export { createSourceSystem, updateSourceSystem, type SourceSystemSettings } from './commands/save-source-system.js';
export { mapSourceSystemItems, type ItemMapping } from './commands/map-source-system-items.js';
export { mapProductItem, productItemNumber } from './commands/product-item-numbers.js';
export { findSourceSystem } from './db/source-system-rows.js';
export { inboundOrderPolicies } from './db/inbound-order-policies.js';
export { inboundPolicyFor, type InboundOrderPolicy } from './domain/inbound-order-policies.js';
export { internalOrderNumber, RESERVATION_AT_IMPORT_POLICIES, type SourceSystem } from './domain/source-system-settings.js';
export { SOURCE_SYSTEM_PROCESSES, type SourceSystemProcessType } from './process-catalog.js';
export { SourceSystemErrors } from './errors.js';
