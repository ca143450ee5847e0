import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { ResponseOf } from '../../api/types';
import { useCancelWork, useWork, useWorkList } from '../../api/work';
import { Card, ConfirmButton, DataTable, Fetched, FilterForm, KeyValues, ProblemAlert, StatusPill, TextField, formatDateTime, formatQuantity, useListState, type Column } from '../../ui';
import { useMay } from '../../auth/roles';
import { useWarehouseOptions } from '../../api/warehouses';
import { BASE, WORK_STATUSES, WORK_TYPES, link } from './shared';
import { useTranslation } from '../../i18n';

type WorkRow = ResponseOf<'/api/v1/work', 'get'>['items'][number];
type Work = ResponseOf<'/api/v1/work/{workId}', 'get'>;

export function WorkList() {
  const list = useListState('wk', ['q', 'workType', 'status', 'assignedWorker', 'warehouseId', 'referenceType', 'referenceId']);
  const warehouses = useWarehouseOptions();
  const navigate = useNavigate();
  const work = useWorkList(list.query);
  const { t } = useTranslation('replenishment');
  const columns: Column<WorkRow>[] = [
    { header: 'Work', cell: (w) => w.workId, sortKey: 'workId' },
    { header: 'Type', cell: (w) => w.workType, sortKey: 'workType' },
    { header: 'Warehouse', cell: (w) => w.warehouseId, sortKey: 'warehouseId' },
    { header: 'Status', cell: (w) => <StatusPill status={w.status} />, sortKey: 'status' },
    { header: 'Worker', cell: (w) => w.assignedWorker ?? '—', sortKey: 'assignedWorker' },
    { header: t('work.waitingFor'), cell: (w) => w.waitingForWorkId ?? '—' },
    { header: 'For', cell: (w) => `${w.referenceType} ${w.referenceId}`, sortKey: 'referenceId' },
    { header: 'Template', cell: (w) => w.workTemplateId ?? '—', sortKey: 'workTemplateId' },
    { header: 'Created', cell: (w) => formatDateTime(w.createdAt), sortKey: 'createdAt' },
    { header: 'Closed', cell: (w) => formatDateTime(w.closedAt), sortKey: 'closedAt' },
  ];
  return (
    <Card title="Work">
      <FilterForm
        label="Filter work"
        prefix="wk"
        list={list}
        fields={[
          { name: 'workType', label: 'Work type', options: WORK_TYPES },
          { name: 'status', label: 'Status', options: WORK_STATUSES },
          { name: 'assignedWorker', label: 'Worker' },
          { name: 'warehouseId', label: 'Warehouse', options: warehouses },
          { name: 'referenceId', label: 'Reference', hint: 'Shipment, load or count id' },
          { name: 'q', label: 'Search', hint: 'Work id or reference contains' },
        ]}
      />
      <p className="qs-muted">Unsorted, the oldest comes first, as workers take it.</p>
      <DataTable caption="Work" columns={columns} query={work} rowKey={(w) => w.workId} list={list} empty="No work matches." onSelect={(w) => void navigate(link.work(w.workId))} />
    </Card>
  );
}

export function WorkDetail() {
  const { workId = '' } = useParams();
  const work = useWork(workId);
  return (
    <div className="qs-stack">
      <p>
        <Link to={`${BASE}/work`}>← Work</Link>
      </p>
      <Fetched query={work} what="Loading the work">
        {(w) => <WorkView work={w} />}
      </Fetched>
    </div>
  );
}

function WorkView({ work }: { work: Work }) {
  const mayCancel = useMay('warehouse_manager');
  const { t } = useTranslation('replenishment');
  const [reason, setReason] = useState('');
  const cancel = useCancelWork(work.workId);
  const open = work.status === 'Open' || work.status === 'InProcess';
  return (
    <>
      <Card title={`Work ${work.workId}`}>
        <KeyValues
          entries={[
            ['Type', work.workType],
            ['Status', <StatusPill key="s" status={work.status} />],
            ['Warehouse', work.warehouseId],
            ['For', `${work.referenceType} ${work.referenceId}`],
            ['Template', work.workTemplateId],
            ['Worker', work.assignedWorker],
            [t('work.waitingFor'), work.waitingForWorkId ? <Link key="w" to={link.work(work.waitingForWorkId)}>{t('work.waits', { workId: work.waitingForWorkId })}</Link> : null],
            ['Created', formatDateTime(work.createdAt)],
            ['Started', formatDateTime(work.startedAt)],
            ['Closed', formatDateTime(work.closedAt)],
            ['Cancel reason', work.cancelReason],
          ]}
        />
      </Card>
      <Card title="Work lines">
        <div className="qs-table-wrap">
          <table className="qs-table">
            <caption className="qs-visually-hidden">Lines of work {work.workId}</caption>
            <thead>
              <tr>
                <th scope="col">Line</th>
                <th scope="col">Type</th>
                <th scope="col">Item</th>
                <th scope="col">Location</th>
                <th scope="col">License plate</th>
                <th scope="col">Batch</th>
                <th scope="col" data-numeric>Quantity</th>
                <th scope="col" data-numeric>Handled</th>
                <th scope="col">Status</th>
                <th scope="col">Handled by</th>
              </tr>
            </thead>
            <tbody>
              {work.lines.map((l) => (
                <tr key={l.lineNumber}>
                  <td>{l.lineNumber}</td>
                  <td>{l.lineType}</td>
                  <td>{l.itemNumber}</td>
                  <td>
                    {l.locationId ?? '—'}
                    {l.actualLocationId && l.actualLocationId !== l.locationId && (
                      <div className="qs-muted">
                        to {l.actualLocationId}
                        {l.overrideReason ? ` (${l.overrideReason})` : ''}
                      </div>
                    )}
                  </td>
                  <td>{l.licensePlateId ?? '—'}</td>
                  <td>{l.batchNumber ?? '—'}</td>
                  <td data-numeric>{formatQuantity(l.quantity, l.unitSymbol)}</td>
                  <td data-numeric>{formatQuantity(l.handledQuantity, l.unitSymbol)}</td>
                  <td>
                    <StatusPill status={l.status} />
                  </td>
                  <td>{l.handledBy ? `${l.handledBy}, ${formatDateTime(l.handledAt)}` : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Card>
      {mayCancel && open && (
        <Card title="Cancel work">
          <p className="qs-muted">Only work that has not moved any stock yet can be canceled.</p>
          <div className="qs-row">
            <TextField label="Reason" value={reason} onChange={(e) => setReason(e.target.value)} />
            <ConfirmButton
              busy={cancel.isPending}
              question={`Cancel work ${work.workId}?`}
              consequences={
                <>
                  <p>
                    Its open lines are canceled and no worker can take it any more. What it was for ({work.referenceType} {work.referenceId}) is left without this work.
                  </p>
                  <p>{reason ? `Reason: ${reason}` : 'No reason is given.'}</p>
                </>
              }
              onConfirm={() => cancel.mutate(reason ? { reason } : {})}
            >
              Cancel work
            </ConfirmButton>
          </div>
          <ProblemAlert error={cancel.error} />
        </Card>
      )}
    </>
  );
}
