import { Navigate, Route, Routes } from 'react-router';
import { locationDirectiveKeys, waveTemplateKeys, workTemplateKeys } from '../../../api/query-keys';
import { TabLinks } from '../../../ui';
import { i18n, useTranslation } from '../../../i18n';
import { SETUP } from '../paths';
import { JsonResource, type JsonResourceConfig } from './JsonResource';

const WORK_TEMPLATES: JsonResourceConfig = {
  id: 'wt',
  keys: workTemplateKeys,
  title: 'Work templates',
  noun: 'Work template',
  listPath: '/api/v1/work-templates',
  createPath: '/api/v1/work-templates',
  onePath: '/api/v1/work-templates/{templateId}',
  idField: 'templateId',
  columns: [
    { field: 'templateId', header: 'Template', sortable: true },
    { field: 'name', header: 'Name', sortable: true },
    { field: 'workType', header: 'Work type', sortable: true },
    { field: 'warehouseId', header: 'Warehouse', sortable: true },
    { field: 'sequence', header: 'Sequence', sortable: true },
    { field: 'maxPickLines', header: 'Max pick lines' },
    { field: 'active', header: 'Active', sortable: true },
  ],
  example: { templateId: 'PICK-STD', name: 'Standard picking', workType: 'Pick', warehouseId: null, sequence: 10, active: true, maxPickLines: null, groupPuts: false },
  notInBody: ['version'],
};

const LOCATION_DIRECTIVES: JsonResourceConfig = {
  id: 'ld',
  keys: locationDirectiveKeys,
  title: 'Location directives',
  noun: 'Location directive',
  listPath: '/api/v1/location-directives',
  createPath: '/api/v1/location-directives',
  onePath: '/api/v1/location-directives/{directiveId}',
  idField: 'directiveId',
  columns: [
    { field: 'directiveId', header: 'Directive', sortable: true },
    { field: 'name', header: 'Name', sortable: true },
    { field: 'workType', header: 'Work type', sortable: true },
    { field: 'lineType', header: 'Line type', sortable: true },
    { field: 'warehouseId', header: 'Warehouse', sortable: true },
    { field: 'sequence', header: 'Sequence', sortable: true },
    { field: 'zoneId', header: 'Zone', sortable: true },
    { field: 'locationType', header: 'Location type' },
    { field: 'active', header: 'Active', sortable: true },
  ],
  example: { directiveId: 'PUT-STORAGE', name: 'Put away to storage', workType: 'PutAway', lineType: 'Put', warehouseId: 'WH1', sequence: 10, locationType: 'storage', respectCapacity: true },
  notInBody: ['version', 'directiveId'],
};

const WAVE_TEMPLATES: JsonResourceConfig = {
  id: 'wv',
  keys: waveTemplateKeys,
  title: 'Wave templates',
  noun: 'Wave template',
  listPath: '/api/v1/wave-templates',
  createPath: '/api/v1/wave-templates',
  onePath: '/api/v1/wave-templates/{waveTemplateId}',
  idField: 'waveTemplateId',
  columns: [
    { field: 'waveTemplateId', header: 'Template', sortable: true },
    { field: 'warehouseId', header: 'Warehouse', sortable: true },
    { field: 'processAt', header: 'Process at', sortable: true },
    { field: 'putLocationId', header: 'Put location' },
    { field: 'sequence', header: 'Sequence', sortable: true },
  ],
  example: { waveTemplateId: 'WAVE-STD', warehouseId: 'WH1', processAt: 'Release', putLocationId: 'STAGE-1', sequence: 10 },
  notInBody: ['version', 'waveTemplateId'],
};

/** The resource's words in the user's language (English as written above when the catalogue has none). */
function localized(config: JsonResourceConfig): JsonResourceConfig {
  const t = i18n.getFixedT(null, 'setup');
  return {
    ...config,
    title: t(`templates.titles.${config.id as 'wt'}`, { defaultValue: config.title }),
    noun: t(`templates.nouns.${config.id as 'wt'}`, { defaultValue: config.noun }),
    columns: config.columns.map((c) => ({ ...c, header: t(`templates.headers.${c.field as 'name'}`, { defaultValue: c.header }) })),
  };
}

export function Templates() {
  const { t } = useTranslation('setup');
  const tabs = [
    { to: `${SETUP}/templates/work-templates`, label: t('templates.titles.wt') },
    { to: `${SETUP}/templates/location-directives`, label: t('templates.titles.ld') },
    { to: `${SETUP}/templates/wave-templates`, label: t('templates.titles.wv') },
  ];
  return (
    <>
      <TabLinks label={t('templates.tabs')} tabs={tabs} />
      <Routes>
        <Route index element={<Navigate to={`${SETUP}/templates/work-templates`} replace />} />
        <Route path="work-templates" element={<JsonResource key="wt" config={localized(WORK_TEMPLATES)} />} />
        <Route path="location-directives" element={<JsonResource key="ld" config={localized(LOCATION_DIRECTIVES)} />} />
        <Route path="wave-templates" element={<JsonResource key="wv" config={localized(WAVE_TEMPLATES)} />} />
      </Routes>
    </>
  );
}
