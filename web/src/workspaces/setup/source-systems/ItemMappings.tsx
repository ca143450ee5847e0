import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../../i18n';
import { itemMappingKeys } from '../../../api/query-keys';
import { useItemMappings, useMapItem, useUnmapItem } from '../../../api/source-systems';
import type { ResponseOf } from '../../../api/types';
import { Button, Card, ConfirmButton, DataTable, fieldError, ProblemAlert, TextField, useListState, type Column } from '../../../ui';
import { ImportCard } from '../master-data/ImportCard';

type Mapping = ResponseOf<'/api/v1/source-systems/{sourceSystemId}/items', 'get'>['items'][number];

/** The source system's item numbers and the items they stand for: messages are read through these. */
export function ItemMappings({ sourceSystemId, canEdit }: { sourceSystemId: string; canEdit: boolean }) {
  const { t } = useTranslation('setup');
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
    { header: t('itemMappings.external'), sortKey: 'externalItemNumber', cell: (m) => m.externalItemNumber },
    { header: t('itemMappings.item'), sortKey: 'itemNumber', cell: (m) => m.itemNumber },
  ];
  if (canEdit)
    columns.push({
      header: t('itemMappings.action'),
      cell: (m) => (
        <ConfirmButton
          variant="secondary"
          aria-label={t('itemMappings.removeOne', { external: m.externalItemNumber })}
          question={t('itemMappings.removeQuestion', { external: m.externalItemNumber })}
          confirmLabel={t('itemMappings.removeMapping')}
          consequences={
            <p>
              {t('itemMappings.removeWhat', { id: sourceSystemId, external: m.externalItemNumber, item: m.itemNumber })}
            </p>
          }
          onConfirm={() => unmap.mutate(m.externalItemNumber)}
        >
          {t('itemMappings.remove')}
        </ConfirmButton>
      ),
    });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    map.mutate({ externalItemNumber, itemNumber });
  };
  return (
    <>
      <Card title={t('itemMappings.title', { id: sourceSystemId })}>
        <form className="qs-row" role="search" aria-label={t('itemMappings.filter')} onSubmit={(e) => e.preventDefault()}>
          <TextField label={t('itemMappings.external')} value={list.filters.externalItemNumber ?? ''} onChange={(e) => list.setFilter('externalItemNumber', e.target.value)} />
          <TextField label={t('itemMappings.itemNumber')} value={list.filters.itemNumber ?? ''} onChange={(e) => list.setFilter('itemNumber', e.target.value)} />
        </form>
        <DataTable caption={t('itemMappings.title', { id: sourceSystemId })} columns={columns} query={query} rowKey={(m) => m.externalItemNumber} list={list} exportPath={`/api/v1/source-systems/${encodeURIComponent(sourceSystemId)}/items`} empty={t('itemMappings.empty')} />
        <ProblemAlert error={unmap.error} />
        {canEdit && (
          <>
            <h3>{t('itemMappings.mapTitle')}</h3>
            <form className="qs-row" onSubmit={submit}>
              <TextField label={t('itemMappings.theirs')} required value={externalItemNumber} onChange={(e) => setExternal(e.target.value)} />
              <TextField label={t('itemMappings.ours')} required value={itemNumber} error={fieldError(map.error, 'itemNumber')} onChange={(e) => setItem(e.target.value)} />
              <Button type="submit" busy={map.isPending}>
                {t('itemMappings.map')}
              </Button>
            </form>
            <ProblemAlert error={map.error} />
          </>
        )}
      </Card>
      {canEdit && (
        <ImportCard
          title={t('itemMappings.importTitle', { id: sourceSystemId })}
          path={`/api/v1/source-systems/${encodeURIComponent(sourceSystemId)}/items/import`}
          keys={itemMappingKeys}
          hint={t('itemMappings.importHint')}
          csvAsJson
        />
      )}
    </>
  );
}
