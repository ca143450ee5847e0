import { useState } from 'react';
import { useSourceSystemList } from '../../../api/source-systems';
import { Button, DataTable, TextField, useListState, type Column } from '../../../ui';
import { i18n, useTranslation } from '../../../i18n';
import { useSetupRights } from '../rights';
import { InboundOrderPolicies } from './InboundOrderPolicies';
import { ItemMappings } from './ItemMappings';
import { SourceSystemForm, type SourceSystem } from './SourceSystemForm';

function columns(): Column<SourceSystem>[] {
  const t = i18n.getFixedT(null, 'setup');
  return [
  { header: t('sourceSystems.sourceSystem'), sortKey: 'sourceSystemId', cell: (s) => s.sourceSystemId },
  { header: t('sourceSystems.name'), sortKey: 'name', cell: (s) => s.name },
  { header: t('sourceSystems.inboundNumbers'), cell: (s) => s.inboundOrderNumberPolicy },
  { header: t('sourceSystems.outboundNumbers'), cell: (s) => s.outboundOrderNumberPolicy },
  { header: t('sourceSystems.reservation'), cell: (s) => s.reservationAtImportPolicy },
  { header: t('sourceSystems.defaultOwner'), cell: (s) => s.defaultOwnerId ?? '—' },
  { header: t('sourceSystems.manualOrders'), cell: (s) => [s.manualInboundOrderCreation && t('sourceSystems.inbound'), s.manualOutboundOrderCreation && t('sourceSystems.outbound')].filter(Boolean).join(', ') || t('sourceSystems.none') },
  ];
}

type Editing = { kind: 'new' } | { kind: 'edit'; source: SourceSystem } | undefined;

export function SourceSystems() {
  const { t } = useTranslation('setup');
  const list = useListState('ss', ['q']);
  const [editing, setEditing] = useState<Editing>();
  const rights = useSetupRights();
  const query = useSourceSystemList(list.query);
  const source = editing?.kind === 'edit' ? editing.source : undefined;
  return (
    <div className="qs-stack">
      <h2>{t('sourceSystems.title')}</h2>
      <div className="qs-row">
        <form role="search" aria-label={t('sourceSystems.filter')} onSubmit={(e) => e.preventDefault()}>
          <TextField label={t('sourceSystems.contains')} value={list.filters.q ?? ''} onChange={(e) => list.setFilter('q', e.target.value)} />
        </form>
        {rights.sourceSystems && <Button onClick={() => setEditing({ kind: 'new' })}>{t('sourceSystems.new')}</Button>}
      </div>
      <DataTable
        caption={t('sourceSystems.title')}
        columns={columns()}
        query={query}
        rowKey={(s) => s.sourceSystemId}
        list={list}
        exportPath="/api/v1/source-systems"
        onSelect={(s) => setEditing({ kind: 'edit', source: s })}
        selectedKey={source?.sourceSystemId}
        empty={t('sourceSystems.empty')}
      />
      {editing && (
        <SourceSystemForm
          key={source ? source.sourceSystemId : 'new'}
          {...(source ? { source } : {})}
          canEdit={rights.sourceSystems}
          onSaved={(saved) => setEditing({ kind: 'edit', source: saved })}
          onClose={() => setEditing(undefined)}
        />
      )}
      {source && <InboundOrderPolicies sourceSystemId={source.sourceSystemId} canEdit={rights.sourceSystems} />}
      {source && <ItemMappings sourceSystemId={source.sourceSystemId} canEdit={rights.itemMappings} />}
    </div>
  );
}
