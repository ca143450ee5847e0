import { useState } from 'react';
import { useSourceSystemList } from '../../../api/source-systems';
import { Button, DataTable, StatusPill, TextField, useListState, type Column } from '../../../ui';
import { useSetupRights } from '../rights';
import { InboundOrderPolicies } from './InboundOrderPolicies';
import { ItemMappings } from './ItemMappings';
import { SourceSystemForm, type SourceSystem } from './SourceSystemForm';

const columns: Column<SourceSystem>[] = [
  { header: 'Source system', sortKey: 'sourceSystemId', cell: (s) => s.sourceSystemId },
  { header: 'Name', sortKey: 'name', cell: (s) => s.name },
  { header: 'Inbound numbers', cell: (s) => s.inboundOrderNumberPolicy },
  { header: 'Outbound numbers', cell: (s) => s.outboundOrderNumberPolicy },
  { header: 'Reservation at import', cell: (s) => s.reservationAtImportPolicy },
  { header: 'Default owner', cell: (s) => s.defaultOwnerId ?? '—' },
  { header: 'Manual orders', cell: (s) => <StatusPill status={[s.manualInboundOrderCreation && 'inbound', s.manualOutboundOrderCreation && 'outbound'].filter(Boolean).join(', ') || 'none'} /> },
];

type Editing = { kind: 'new' } | { kind: 'edit'; source: SourceSystem } | undefined;

export function SourceSystems() {
  const list = useListState('ss', ['q']);
  const [editing, setEditing] = useState<Editing>();
  const rights = useSetupRights();
  const query = useSourceSystemList(list.query);
  const source = editing?.kind === 'edit' ? editing.source : undefined;
  return (
    <div className="qs-stack">
      <h2>Source systems</h2>
      <div className="qs-row">
        <form role="search" aria-label="Filter source systems" onSubmit={(e) => e.preventDefault()}>
          <TextField label="Id or name contains" value={list.filters.q ?? ''} onChange={(e) => list.setFilter('q', e.target.value)} />
        </form>
        {rights.sourceSystems && <Button onClick={() => setEditing({ kind: 'new' })}>New source system</Button>}
      </div>
      <DataTable
        caption="Source systems"
        columns={columns}
        query={query}
        rowKey={(s) => s.sourceSystemId}
        list={list}
        exportPath="/api/v1/source-systems"
        onSelect={(s) => setEditing({ kind: 'edit', source: s })}
        selectedKey={source?.sourceSystemId}
        empty="No source systems registered yet."
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
