import type { Catalogue } from '../catalogue';
import type { setup as en } from '../en/setup';

export const setup: Catalogue<typeof en> = {
  ov_warehouse: 'Lager',
  ov_warehouses: 'Lager',
  ov_zones: 'Zonen',
  ov_locations: 'Lagerplätze',
  ov_items: 'Artikel',
  ov_units: 'Einheiten',
  ov_statuses: 'Lagerstatus',
  ov_owners: 'Bestandseigentümer',
  ov_sources: 'Quellsysteme und Integration',
  ov_sourceSystems: 'Quellsysteme',
  ov_mappings: 'Artikelzuordnungen',
  ov_unmapped: 'Artikel ohne Nummer in einem Quellsystem',
  ov_unmappedHint: 'Keine Artikelnummer zugeordnet: keine Nachricht kann sie bestellen',
  ov_webhooks: 'Aktive Webhook-Abonnements',
  ov_apiKeys: 'Aktive API-Schlüssel',
  ov_rules: 'Regeln',
  ov_workTemplates: 'Arbeitsvorlagen',
  ov_directives: 'Lagerplatzrichtlinien',
  ov_waveTemplates: 'Wellenvorlagen',
};
