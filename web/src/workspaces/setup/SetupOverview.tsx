import { useSetupOverview, type SetupOverview as Figures } from '../../api/overviews';
import { FetchedOverview, Tile, Tiles, toneIf } from '../../ui';
import { SETUP } from './paths';
import { useSetupRights } from './rights';

const masterData = (resource: string) => `${SETUP}/master-data/${resource}`;

function OverviewFigures({ o }: { o: Figures }) {
  const rights = useSetupRights();
  const r = o.records;
  return (
    <>
      <Tiles title="Warehouse">
        <Tile label="Warehouses" value={r.warehouses} to={masterData('warehouses')} />
        <Tile label="Zones" value={r.zones} to={masterData('zones')} />
        <Tile label="Locations" value={r.locations} to={masterData('locations')} />
        <Tile label="Items" value={r.items} to={masterData('items')} />
        <Tile label="Units" value={r.units} to={masterData('units')} />
        <Tile label="Inventory statuses" value={r.inventoryStatuses} to={masterData('inventory-statuses')} />
        <Tile label="Inventory owners" value={r.inventoryOwners} to={masterData('inventory-owners')} />
      </Tiles>
      <Tiles title="Source systems and integration">
        <Tile label="Source systems" value={r.sourceSystems} to={`${SETUP}/source-systems`} />
        <Tile label="Item mappings" value={r.itemMappings} to={`${SETUP}/source-systems`} />
        <Tile label="Items no source system can name" value={o.itemsWithoutMapping} tone={toneIf(o.itemsWithoutMapping, 'warn')} hint="No item number mapped: no message can order them" to={`${SETUP}/source-systems`} />
        <Tile label="Active webhook subscriptions" value={o.activeWebhookSubscriptions} to={`${SETUP}/webhooks`} />
        {o.activeApiKeys !== null && <Tile label="Active API keys" value={o.activeApiKeys} to={rights.apiKeys ? `${SETUP}/api-keys` : undefined} />}
      </Tiles>
      {rights.templatesVisible && (
        <Tiles title="Rules">
          <Tile label="Work templates" value={r.workTemplates} to={`${SETUP}/templates/work-templates`} />
          <Tile label="Location directives" value={r.locationDirectives} to={`${SETUP}/templates/location-directives`} />
          <Tile label="Wave templates" value={r.waveTemplates} to={`${SETUP}/templates/wave-templates`} />
        </Tiles>
      )}
    </>
  );
}

/** How much is set up, and what is missing, before the floor can work. */
export function SetupOverview() {
  const query = useSetupOverview();
  return (
    <FetchedOverview query={query}>{(o) => <OverviewFigures o={o} />}</FetchedOverview>
  );
}
