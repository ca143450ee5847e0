import { useState, type FormEvent } from 'react';
import { itemMappingKeys } from '../../../api/query-keys';
import { useItemMappings, useMapItem, useUnmapItem } from '../../../api/source-systems';
import type { ResponseOf } from '../../../api/types';
import { Button, Card, ConfirmButton, DataTable, fieldError, ProblemAlert, TextField, useListState, type Column } from '../../../ui';
import { ImportCard } from '../master-data/ImportCard';

type Mapping = ResponseOf<'/api/v1/source-systems/{sourceSystemId}/items', 'get'>['items'][number];

/** The source system's item numbers and the items they stand for: messages are read through these. */
export function ItemMappings({ sourceSystemId, canEdit }: { sourceSystemId: string; canEdit: boolean }) {
  const list = useListState('map', ['externalItemNumber', 'itemNumber']);
  const [externalItemNumber, setExternal] = useState('');
  const [itemNumber, setItem] = useState('');
  const query = useItemMappings(sourceSystemId, list.query);
  const map = useMapItem(sourceSystemId, {
    onSuccess: () => {
      setExternal('');
      setItem('');
    },
  });
  const unmap = useUnmapItem(sourceSystemId);
  const columns: Column<Mapping>[] = [
    { header: 'Source system item number', sortKey: 'externalItemNumber', cell: (m) => m.externalItemNumber },
    { header: 'Item', sortKey: 'itemNumber', cell: (m) => m.itemNumber },
  ];
  if (canEdit)
    columns.push({
      header: 'Action',
      cell: (m) => (
        <ConfirmButton
          variant="secondary"
          aria-label={`Remove mapping ${m.externalItemNumber}`}
          question={`Remove the mapping of ${m.externalItemNumber}?`}
          confirmLabel="Remove mapping"
          consequences={
            <p>
              {sourceSystemId}'s item number {m.externalItemNumber} no longer stands for item {m.itemNumber}: messages from {sourceSystemId} that name it fail until it is mapped again.
            </p>
          }
          onConfirm={() => unmap.mutate(m.externalItemNumber)}
        >
          Remove
        </ConfirmButton>
      ),
    });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    map.mutate({ externalItemNumber, itemNumber });
  };
  return (
    <>
      <Card title={`Item mappings of ${sourceSystemId}`}>
        <form className="qs-row" role="search" aria-label="Filter item mappings" onSubmit={(e) => e.preventDefault()}>
          <TextField label="Source system item number" value={list.filters.externalItemNumber ?? ''} onChange={(e) => list.setFilter('externalItemNumber', e.target.value)} />
          <TextField label="Item number" value={list.filters.itemNumber ?? ''} onChange={(e) => list.setFilter('itemNumber', e.target.value)} />
        </form>
        <DataTable caption={`Item mappings of ${sourceSystemId}`} columns={columns} query={query} rowKey={(m) => m.externalItemNumber} list={list} exportPath={`/api/v1/source-systems/${encodeURIComponent(sourceSystemId)}/items`} empty="No item numbers mapped yet." />
        <ProblemAlert error={unmap.error} />
        {canEdit && (
          <>
            <h3>Map an item number</h3>
            <form className="qs-row" onSubmit={submit}>
              <TextField label="Their item number" required value={externalItemNumber} onChange={(e) => setExternal(e.target.value)} />
              <TextField label="Our item number" required value={itemNumber} error={fieldError(map.error, 'itemNumber')} onChange={(e) => setItem(e.target.value)} />
              <Button type="submit" busy={map.isPending}>
                Map
              </Button>
            </form>
            <ProblemAlert error={map.error} />
          </>
        )}
      </Card>
      {canEdit && (
        <ImportCard
          title={`Import item mappings of ${sourceSystemId}`}
          path={`/api/v1/source-systems/${encodeURIComponent(sourceSystemId)}/items/import`}
          keys={itemMappingKeys}
          hint="A JSON array of { externalItemNumber, itemNumber }, or CSV with those two columns."
          csvAsJson
        />
      )}
    </>
  );
}
