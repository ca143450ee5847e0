import { useState } from 'react';
import { Link } from 'react-router';
import { useBulkMessageAction, useMessageList, type BulkMessageAction, type BulkMessageAnswer } from '../../api/messages';
import type { ResponseOf } from '../../api/types';
import { useTranslation } from '../../i18n';
import { Alert, Button, ConfirmDialog, DataTable, FilterForm, formatDateTime, ProblemAlert, StatusPill, useListState, type Column, type FilterDef } from '../../ui';
import { useCanOperate } from './can-act';
import { messagePath } from './paths';

type Message = ResponseOf<'/api/v1/messages', 'get'>['items'][number];

const FILTERS = ['sourceSystemId', 'messageType', 'processingStatus', 'orderNumber', 'messageId', 'contains'] as const;
export const PROCESSING_STATUSES = ['Received', 'Accepted', 'Failed', 'Canceled', 'Draft'];
export const MESSAGE_TYPES = ['InboundShipmentOrder', 'OutboundShipmentOrder', 'Product', 'ProductVariant', 'ProductUnitConversion', 'ProductBarcode'] as const;

/** Which statuses each bulk action changes (the server's rule; others are reported and left as they are). */
const TAKES: Record<BulkMessageAction, readonly string[]> = { queue: ['Failed', 'Canceled', 'Draft'], cancel: ['Failed', 'Received', 'Draft'] };

function BulkActions({ selected, onDone }: { selected: Map<number, Message>; onDone: () => void }) {
  const { t } = useTranslation('integration');
  const [asking, setAsking] = useState<{ action: BulkMessageAction; operationId: string }>();
  const [answer, setAnswer] = useState<BulkMessageAnswer>();
  const bulk = useBulkMessageAction({
    onSuccess: (result) => {
      setAnswer(result);
      setAsking(undefined);
      onDone();
    },
  });
  const messages = [...selected.values()];
  const ask = (action: BulkMessageAction) => {
    setAnswer(undefined);
    bulk.reset();
    // One operation id per confirmed request: sending it again after a lost answer applies it once.
    setAsking({ action, operationId: crypto.randomUUID() });
  };
  const fits = (action: BulkMessageAction) => messages.filter((m) => TAKES[action].includes(m.processingStatus) && m.replacedById === null);
  const refused = answer?.results.filter((r) => r.outcome !== 'applied') ?? [];
  return (
    <div className="qs-stack">
      <div className="qs-row">
        <span>{t('bulk.selected', { count: selected.size })}</span>
        <Button disabled={selected.size === 0} onClick={() => ask('queue')}>
          {t('bulk.queue')}
        </Button>
        <Button variant="danger" disabled={selected.size === 0} onClick={() => ask('cancel')}>
          {t('bulk.cancel')}
        </Button>
      </div>
      {asking && (
        <ConfirmDialog
          title={t(asking.action === 'queue' ? 'bulk.queueQuestion' : 'bulk.cancelQuestion', { count: messages.length })}
          confirmLabel={t(asking.action === 'queue' ? 'bulk.queueConfirm' : 'bulk.cancelConfirm', { count: fits(asking.action).length })}
          tone={asking.action === 'cancel' ? 'danger' : 'primary'}
          onCancel={() => setAsking(undefined)}
          onConfirm={() => bulk.mutate({ action: asking.action, messageIds: messages.map((m) => m.id), operationId: asking.operationId })}
        >
          <p>{t(asking.action === 'queue' ? 'bulk.queueWhat' : 'bulk.cancelWhat', { count: fits(asking.action).length })}</p>
          {fits(asking.action).length < messages.length && <p>{t('bulk.leftAlone', { count: messages.length - fits(asking.action).length })}</p>}
          <p>{t('bulk.onEach')}</p>
          <ProblemAlert error={bulk.error} />
        </ConfirmDialog>
      )}
      {answer && (
        <Alert tone={refused.length === 0 ? 'ok' : answer.applied === 0 ? 'bad' : 'warn'} title={t(answer.action === 'queue' ? 'bulk.queued' : 'bulk.canceled', { count: answer.applied })}>
          {refused.length > 0 && (
            <>
              <p>{t('bulk.notChanged', { count: refused.length })}</p>
              <ul>
                {refused.map((r) => (
                  <li key={r.id}>
                    <Link to={messagePath(r.id)}>{t('bulk.messageRef', { id: r.id })}</Link>: {r.outcome === 'notFound' ? t('bulk.notFound') : t('bulk.refusedIn', { status: r.processingStatus ?? '' })}
                  </li>
                ))}
              </ul>
            </>
          )}
        </Alert>
      )}
    </div>
  );
}

export function MessageList() {
  const { t } = useTranslation('integration');
  const { t: ts } = useTranslation('status');
  const list = useListState('m', FILTERS);
  const query = useMessageList(list.query);
  const canOperate = useCanOperate();
  const [selected, setSelected] = useState(() => new Map<number, Message>());
  const rows = query.data?.items ?? [];
  const fields: FilterDef[] = [
    { name: 'sourceSystemId', label: t('fields.sourceSystem'), lookup: 'sourceSystem' },
    { name: 'messageType', label: t('fields.messageType'), options: MESSAGE_TYPES.map((m) => ({ value: m, label: t(`messageTypes.${m}`) })) },
    { name: 'processingStatus', label: t('fields.processingStatus'), options: PROCESSING_STATUSES.map((s) => ({ value: s, label: ts(s as never, { defaultValue: s }) })) },
    { name: 'orderNumber', label: t('fields.orderNumber') },
    { name: 'messageId', label: t('fields.messageId') },
    { name: 'contains', label: t('fields.contains') },
  ];
  const columns: Column<Message>[] = [
    { header: t('fields.id'), cell: (m) => <Link to={messagePath(m.id)}>{m.id}</Link>, sortKey: 'id', numeric: true },
    { header: t('fields.messageId'), cell: (m) => m.messageId, sortKey: 'messageId' },
    { header: t('fields.version'), cell: (m) => m.version, sortKey: 'version', numeric: true },
    { header: t('fields.messageType'), cell: (m) => t(`messageTypes.${m.messageType as (typeof MESSAGE_TYPES)[number]}`, { defaultValue: m.messageType }), sortKey: 'messageType' },
    { header: t('fields.sourceSystem'), cell: (m) => m.sourceSystemId, sortKey: 'sourceSystemId' },
    { header: t('fields.order'), cell: (m) => m.orderNumber, sortKey: 'orderNumber' },
    { header: t('fields.status'), cell: (m) => <StatusPill status={m.processingStatus} />, sortKey: 'processingStatus' },
    { header: t('fields.attempts'), cell: (m) => m.attempts, sortKey: 'attempts', numeric: true },
    { header: t('fields.received'), cell: (m) => formatDateTime(m.receivedAt), sortKey: 'receivedAt' },
    { header: t('fields.lastError'), cell: (m) => m.lastError ?? '—', long: true },
  ];
  const keys = new Set(selected.keys());
  return (
    <div className="qs-stack">
      <FilterForm label={t('list.filterLabel')} prefix="m" list={list} fields={fields} />
      {canOperate && <BulkActions selected={selected} onDone={() => setSelected(new Map())} />}
      <DataTable
        caption={t('list.caption')}
        columns={columns}
        query={query}
        rowKey={(m) => m.id}
        list={list}
        empty={t('list.empty')}
        exportPath="/api/v1/messages"
        selection={
          canOperate
            ? {
                keys,
                label: (m) => t('list.select', { messageId: m.messageId, version: m.version }),
                isSelectable: (m) => m.processingStatus !== 'Accepted' && m.replacedById === null,
                onChange: (next) =>
                  setSelected((current) => {
                    const map = new Map<number, Message>();
                    for (const key of next) {
                      const row = current.get(Number(key)) ?? rows.find((r) => r.id === key);
                      if (row) map.set(Number(key), row);
                    }
                    return map;
                  }),
              }
            : undefined
        }
      />
    </div>
  );
}
