import { useState, type ReactNode } from 'react';
import { useTranslation } from '../../../i18n';
import { useLooseList } from '../../../api/master-data';
import { masterDataKeys } from '../../../api/query-keys';
import { Button, DataTable, SelectField, TextField, useListState, type Column } from '../../../ui';
import { ImportCard } from './ImportCard';
import { describeKey, displayOf, type Rec } from './form-values';
import { OwnerSourceSystemIds } from './OwnerSourceSystemIds';
import { ResourceForm } from './ResourceForm';
import type { ResourceConfig, ResourceFilter } from './resources';
import { useSetupRights } from '../rights';

/** What a resource shows beside its form, beyond its own fields. */
const EXTRAS: Record<string, (record: Rec) => ReactNode> = {
  'inventory-owners': (record) => <OwnerSourceSystemIds ownerId={String(record.ownerId)} />,
};

type Editing = { kind: 'new' } | { kind: 'edit'; record: Rec } | undefined;

function FilterInput({ filter, value, onChange }: { filter: ResourceFilter; value: string; onChange: (value: string) => void }) {
  const { t } = useTranslation('setup');
  if (filter.kind === 'flag')
    return (
      <SelectField
        label={filter.label}
        placeholder={t('resource.any')}
        options={[
          { value: 'true', label: t('resource.yes') },
          { value: 'false', label: t('resource.no') },
        ]}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    );
  if (filter.kind === 'enum') return <SelectField label={filter.label} placeholder={t('resource.any')} options={filter.options ?? []} value={value} onChange={(e) => onChange(e.target.value)} />;
  return <TextField label={filter.label} value={value} onChange={(e) => onChange(e.target.value)} />;
}

/** One screen for every master data resource: server-filtered, sorted and paged table, form, delete and import. */
export function ResourceScreen({ config }: { config: ResourceConfig }) {
  const { t } = useTranslation('setup');
  const list = useListState(config.id, config.filters.map((f) => f.name));
  const [editing, setEditing] = useState<Editing>();
  const canWrite = useSetupRights().masterData;
  const query = useLooseList<Rec>(masterDataKeys(config.id), config.path, list.query);
  const columns: Column<Rec>[] = config.fields
    .filter((f) => !f.hidden)
    .map((field) => ({
      header: field.label,
      cell: (row: Rec) => displayOf(field, row[field.name]),
      ...(field.unsortable ? {} : { sortKey: field.name }),
      numeric: field.kind === 'int' || field.kind === 'number',
    }));
  const rowKey = (row: Rec) => describeKey(config, row);
  return (
    <div className="qs-stack">
      <div className="qs-row">
        <form className="qs-row" role="search" aria-label={t('resource.filter', { what: config.title })} onSubmit={(e) => e.preventDefault()}>
          {config.filters.map((filter) => (
            <FilterInput key={filter.name} filter={filter} value={list.filters[filter.name] ?? ''} onChange={(value) => list.setFilter(filter.name, value)} />
          ))}
        </form>
        {canWrite && <Button onClick={() => setEditing({ kind: 'new' })}>{t('resource.new', { noun: config.noun })}</Button>}
      </div>
      {editing && (
        <ResourceForm
          key={editing.kind === 'new' ? 'new' : rowKey(editing.record)}
          config={config}
          {...(editing.kind === 'edit' ? { record: editing.record } : {})}
          onSaved={(record) => setEditing({ kind: 'edit', record })}
          onClose={() => setEditing(undefined)}
        />
      )}
      {editing?.kind === 'edit' && EXTRAS[config.id]?.(editing.record)}
      <DataTable
        caption={config.title}
        columns={columns}
        query={query}
        rowKey={rowKey}
        list={list}
        exportPath={config.path}
        {...(canWrite ? { onSelect: (record: Rec) => setEditing({ kind: 'edit', record }) } : {})}
        selectedKey={editing?.kind === 'edit' ? rowKey(editing.record) : undefined}
        empty={t('resource.empty', { what: config.title })}
      />
      {canWrite && (
        <ImportCard
          title={t('resource.import', { what: config.title })}
          path={`${config.path}/import`}
          keys={masterDataKeys(config.id)}
          hint={`A header line naming the fields (${config.fields
            .filter((f) => !f.readOnly)
            .map((f) => f.name)
            .join(', ')}), or a JSON array of objects with those fields.`}
        />
      )}
    </div>
  );
}
