import { useTranslation } from '../../i18n';
import { useSetupOverview, type SetupOverview as Figures } from '../../api/overviews';
import { FetchedOverview, Tile, Tiles, toneIf } from '../../ui';
import { SETUP } from './paths';
import { useSetupRights } from './rights';

const masterData = (resource: string) => `${SETUP}/master-data/${resource}`;

function OverviewFigures({ o }: { o: Figures }) {
  const { t } = useTranslation('setup');
  const rights = useSetupRights();
  const r = o.records;
  return (
    <>
      <Tiles title={t('ov_warehouse')}>
        <Tile label={t('ov_warehouses')} value={r.warehouses} to={masterData('warehouses')} />
        <Tile label={t('ov_zones')} value={r.zones} to={masterData('zones')} />
        <Tile label={t('ov_locations')} value={r.locations} to={masterData('locations')} />
        <Tile label={t('ov_items')} value={r.items} to={masterData('items')} />
        <Tile label={t('ov_units')} value={r.units} to={masterData('units')} />
        <Tile label={t('ov_statuses')} value={r.inventoryStatuses} to={masterData('inventory-statuses')} />
        <Tile label={t('ov_owners')} value={r.inventoryOwners} to={masterData('inventory-owners')} />
      </Tiles>
      <Tiles title={t('ov_sources')}>
        <Tile label={t('ov_sourceSystems')} value={r.sourceSystems} to={`${SETUP}/source-systems`} />
        <Tile label={t('ov_mappings')} value={r.itemMappings} to={`${SETUP}/source-systems`} />
        <Tile label={t('ov_unmapped')} value={o.itemsWithoutMapping} tone={toneIf(o.itemsWithoutMapping, 'warn')} hint={t('ov_unmappedHint')} to={`${SETUP}/source-systems`} />
        <Tile label={t('ov_webhooks')} value={o.activeWebhookSubscriptions} to={`${SETUP}/webhooks`} />
        {o.activeApiKeys !== null && <Tile label={t('ov_apiKeys')} value={o.activeApiKeys} to={rights.apiKeys ? `${SETUP}/api-keys` : undefined} />}
      </Tiles>
      {rights.templatesVisible && (
        <Tiles title={t('ov_rules')}>
          <Tile label={t('ov_workTemplates')} value={r.workTemplates} to={`${SETUP}/templates/work-templates`} />
          <Tile label={t('ov_directives')} value={r.locationDirectives} to={`${SETUP}/templates/location-directives`} />
          <Tile label={t('ov_waveTemplates')} value={r.waveTemplates} to={`${SETUP}/templates/wave-templates`} />
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
