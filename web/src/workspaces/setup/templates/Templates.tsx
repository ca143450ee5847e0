import { Navigate, Route, Routes } from 'react-router';
import { locationDirectiveKeys, waveTemplateKeys, workTemplateKeys } from '../../../api/query-keys';
import { TabLinks } from '../../../ui';
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
  idField: 'waveTemplateId',
  columns: [
    { field: 'waveTemplateId', header: 'Template', sortable: true },
    { field: 'warehouseId', header: 'Warehouse', sortable: true },
    { field: 'processAt', header: 'Process at', sortable: true },
    { field: 'putLocationId', header: 'Put location' },
    { field: 'sequence', header: 'Sequence', sortable: true },
  ],
  example: { waveTemplateId: 'WAVE-STD', warehouseId: 'WH1', processAt: 'Release', putLocationId: 'STAGE-1', sequence: 10 },
  notInBody: ['version'],
};

const TABS = [
  { to: `${SETUP}/templates/work-templates`, label: 'Work templates' },
  { to: `${SETUP}/templates/location-directives`, label: 'Location directives' },
  { to: `${SETUP}/templates/wave-templates`, label: 'Wave templates' },
];

export function Templates() {
  return (
    <>
      <TabLinks label="Templates and directives" tabs={TABS} />
      <Routes>
        <Route index element={<Navigate to={`${SETUP}/templates/work-templates`} replace />} />
        <Route path="work-templates" element={<JsonResource key="wt" config={WORK_TEMPLATES} />} />
        <Route path="location-directives" element={<JsonResource key="ld" config={LOCATION_DIRECTIVES} />} />
        <Route path="wave-templates" element={<JsonResource key="wv" config={WAVE_TEMPLATES} />} />
      </Routes>
    </>
  );
}
