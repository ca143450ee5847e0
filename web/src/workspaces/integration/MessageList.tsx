import { Link } from 'react-router';
import { useMessageList } from '../../api/messages';
import { useSourceSystemOptions } from '../../api/source-systems';
import type { ResponseOf } from '../../api/types';
import { DataTable, formatDateTime, SelectField, StatusPill, TextField, useListState, type Column } from '../../ui';
import { messagePath } from './paths';

type Message = ResponseOf<'/api/v1/messages', 'get'>['items'][number];

const FILTERS = ['sourceSystemId', 'messageType', 'processingStatus', 'orderNumber', 'messageId'] as const;
export const PROCESSING_STATUSES = ['Received', 'Accepted', 'Failed', 'Canceled', 'Draft'];

const columns: Column<Message>[] = [
  { header: 'Id', cell: (m) => <Link to={messagePath(m.id)}>{m.id}</Link>, sortKey: 'id', numeric: true },
  { header: 'Message id', cell: (m) => m.messageId, sortKey: 'messageId' },
  { header: 'Version', cell: (m) => m.version, sortKey: 'version', numeric: true },
  { header: 'Type', cell: (m) => m.messageType, sortKey: 'messageType' },
  { header: 'Source system', cell: (m) => m.sourceSystemId, sortKey: 'sourceSystemId' },
  { header: 'Order', cell: (m) => m.orderNumber, sortKey: 'orderNumber' },
  { header: 'Status', cell: (m) => <StatusPill status={m.processingStatus} />, sortKey: 'processingStatus' },
  { header: 'Attempts', cell: (m) => m.attempts, sortKey: 'attempts', numeric: true },
  { header: 'Received', cell: (m) => formatDateTime(m.receivedAt), sortKey: 'receivedAt' },
  { header: 'Last error', cell: (m) => m.lastError ?? '—' },
];

export function MessageList() {
  const list = useListState('m', FILTERS);
  const sources = useSourceSystemOptions();
  const query = useMessageList(list.query);
  const filter = (name: (typeof FILTERS)[number]) => ({
    value: list.filters[name] ?? '',
    onChange: (e: { target: { value: string } }) => list.setFilter(name, e.target.value),
  });
  return (
    <div className="qs-stack">
      <form className="qs-row" role="search" aria-label="Filter messages" onSubmit={(e) => e.preventDefault()}>
        <SelectField label="Source system" placeholder="All" options={sources} {...filter('sourceSystemId')} />
        <SelectField label="Message type" placeholder="All" options={['InboundShipmentOrder', 'OutboundShipmentOrder']} {...filter('messageType')} />
        <SelectField label="Processing status" placeholder="All" options={PROCESSING_STATUSES} {...filter('processingStatus')} />
        <TextField label="Order number" {...filter('orderNumber')} />
        <TextField label="Message id" {...filter('messageId')} />
      </form>
      <DataTable caption="Messages" columns={columns} query={query} rowKey={(m) => m.id} list={list} empty="No messages match." />
    </div>
  );
}
