/**
 * Every cache key of the UI comes from here, one factory per resource (as Medusa's admin does): a list
 * and a detail of the same resource share the resource's root key, so invalidating `all` refreshes both.
 * A key written by hand elsewhere could drift from its sibling (the work list was once cached under
 * `work` and its detail under `work-one`, so cancelling work never refreshed an open detail); the lint
 * rule in eslint.config.js keeps key literals out of the screens.
 */
export interface QueryKeys<Name extends string = string> {
  readonly name: Name;
  /** Everything cached of the resource: lists, details and their sub-queries. */
  readonly all: readonly [Name];
  lists(): readonly [Name, 'list'];
  /** One list: the query holds its filters, paging and sort (or whatever else scopes it). */
  list(query?: object): readonly [Name, 'list', object];
  details(): readonly [Name, 'detail'];
  /** One record; a query tells apart views of it (e.g. a process's runs). */
  detail(id: string | number, query?: object): readonly [Name, 'detail', string | number] | readonly [Name, 'detail', string | number, object];
}

export function queryKeysFactory<const Name extends string>(name: Name): QueryKeys<Name> {
  return {
    name,
    all: [name],
    lists: () => [name, 'list'],
    list: (query = {}) => [name, 'list', query],
    details: () => [name, 'detail'],
    detail: (id, query) => (query === undefined ? [name, 'detail', id] : [name, 'detail', id, query]),
  };
}

// Outbound
export const outboundOrderKeys = queryKeysFactory('outbound-shipment-orders');
export const outboundShipmentKeys = queryKeysFactory('outbound-shipments');
export const outboundLoadKeys = queryKeysFactory('outbound-loads');
export const loadTemplateKeys = queryKeysFactory('load-templates');
export const waveKeys = queryKeysFactory('waves');
export const waveTemplateKeys = queryKeysFactory('wave-templates');
export const workKeys = queryKeysFactory('work');
export const fixedLocationKeys = queryKeysFactory('fixed-locations');
export const packingSlipKeys = queryKeysFactory('shipment-packing-slips');

// Packing and labels
export const shippingContainerKeys = queryKeysFactory('shipping-containers');
export const containerTypeKeys = queryKeysFactory('container-types');
export const labelPrinterKeys = queryKeysFactory('label-printers');
export const labelPrintJobKeys = queryKeysFactory('label-print-jobs');
export const labelSettingsKeys = queryKeysFactory('label-settings');

// Inbound
export const inboundOrderKeys = queryKeysFactory('inbound-shipment-orders');
export const inboundLoadKeys = queryKeysFactory('inbound-loads');
export const shipmentReceiptKeys = queryKeysFactory('shipment-receipts');
export const inboundParameterKeys = queryKeysFactory('inbound-parameters');

// Inventory
export const onHandKeys = queryKeysFactory('on-hand');
export const ledgerKeys = queryKeysFactory('inventory-transactions');
export const consistencyCheckKeys = queryKeysFactory('inventory-consistency-checks');

// Counting
export const cycleCountWorkKeys = queryKeysFactory('cycle-count-work');
export const cycleCountThresholdKeys = queryKeysFactory('cycle-count-thresholds');
export const cycleCountPlanKeys = queryKeysFactory('cycle-count-plans');
export const countingJournalKeys = queryKeysFactory('counting-journals');
export const countingJournalNameKeys = queryKeysFactory('counting-journal-names');

// Reconciliation
export const onHandReportKeys = queryKeysFactory('on-hand-reports');
export const onHandReportLineKeys = queryKeysFactory('on-hand-report-lines');
export const onHandReportScheduleKeys = queryKeysFactory('on-hand-report-schedules');
export const updateLogKeys = queryKeysFactory('inventory-update-log');
export const driftKeys = queryKeysFactory('on-hand-drift');

// Integration
export const messageKeys = queryKeysFactory('messages');
export const monitoringKeys = queryKeysFactory('integration-monitoring');
export const backgroundProcessKeys = queryKeysFactory('background-processes');
export const webhookSubscriptionKeys = queryKeysFactory('webhook-subscriptions');
export const webhookDeliveryKeys = queryKeysFactory('webhook-deliveries');
export const sourceSystemKeys = queryKeysFactory('source-systems');
export const itemMappingKeys = queryKeysFactory('source-system-items');

// Workspace overviews: one detail per workspace (`outbound`, `inbound`...), its query the viewer's time zone and filters.
export const overviewKeys = queryKeysFactory('overviews');

// Setup and users: master data resources are keyed by their API name (see masterDataKeys).
export const warehouseKeys = queryKeysFactory('warehouses');
export const itemKeys = queryKeysFactory('items');
export const inventoryStatusKeys = queryKeysFactory('inventory-statuses');
export const inventoryOwnerKeys = queryKeysFactory('inventory-owners');
export const workTemplateKeys = queryKeysFactory('work-templates');
export const locationDirectiveKeys = queryKeysFactory('location-directives');
export const apiKeyKeys = queryKeysFactory('api-keys');
export const userKeys = queryKeysFactory('users');
export const auditLogKeys = queryKeysFactory('audit-log');

const MASTER_DATA = new Map<string, QueryKeys>([warehouseKeys, itemKeys, inventoryStatusKeys, inventoryOwnerKeys].map((k) => [k.name, k]));

/**
 * The keys of a master data resource by its API name (`warehouses`, `items`, ...): the same factory the
 * rest of the UI reads it through, so saving a warehouse in Setup refreshes every warehouse choice.
 */
export function masterDataKeys(resource: string): QueryKeys {
  return MASTER_DATA.get(resource) ?? queryKeysFactory(resource);
}

// Returns
export const returnKeys = queryKeysFactory('returns');
export const dispositionCodeKeys = queryKeysFactory('return-disposition-codes');
