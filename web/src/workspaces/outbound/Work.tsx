import { useTranslation } from '../../i18n';
import { statusOptions, term, termOptions } from '../../ui';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { ResponseOf } from '../../api/types';
import { useCancelWork, useWork, useWorkList } from '../../api/work';
import { Card, ConfirmButton, DataTable, Fetched, FilterForm, KeyValues, ProblemAlert, StatusPill, TextField, formatDateTime, formatQuantity, useListState, type Column } from '../../ui';
import { useMay } from '../../auth/roles';
import { useWarehouseOptions } from '../../api/warehouses';
import { BASE, WORK_STATUSES, WORK_TYPES, link } from './shared';

type WorkRow = ResponseOf<'/api/v1/work', 'get'>['items'][number];
type Work = ResponseOf<'/api/v1/work/{workId}', 'get'>;

export function WorkList() {
  const { t } = useTranslation('outbound');
  const list = useListState('wk', ['q', 'workType', 'status', 'assignedWorker', 'warehouseId', 'referenceType', 'referenceId']);
  const warehouses = useWarehouseOptions();
  const navigate = useNavigate();
  const work = useWorkList(list.query);
  const { t: tr } = useTranslation('replenishment');
  const columns: Column<WorkRow>[] = [
    { header: t('wk_work'), cell: (w) => w.workId, sortKey: 'workId' },
    { header: t('wk_type'), cell: (w) => term('workType', w.workType), sortKey: 'workType' },
    { header: t('wk_warehouse'), cell: (w) => w.warehouseId, sortKey: 'warehouseId' },
    { header: t('wk_status'), cell: (w) => <StatusPill status={w.status} />, sortKey: 'status' },
    { header: t('wk_worker'), cell: (w) => w.assignedWorker ?? '—', sortKey: 'assignedWorker' },
    { header: tr('work.waitingFor'), cell: (w) => w.waitingForWorkId ?? '—' },
    { header: t('wk_for'), cell: (w) => `${w.referenceType} ${w.referenceId}`, sortKey: 'referenceId' },
    { header: t('wk_template'), cell: (w) => w.workTemplateId ?? '—', sortKey: 'workTemplateId' },
    { header: t('wk_created'), cell: (w) => formatDateTime(w.createdAt), sortKey: 'createdAt' },
    { header: t('wk_closed'), cell: (w) => formatDateTime(w.closedAt), sortKey: 'closedAt' },
  ];
  return (
    <Card title={t('wk_work')}>
      <FilterForm
        label={t('wk_filter')}
        prefix="wk"
        list={list}
        fields={[
          { name: 'workType', label: t('wk_workType'), options: termOptions('workType', WORK_TYPES) },
          { name: 'status', label: t('wk_status'), options: statusOptions(WORK_STATUSES) },
          { name: 'assignedWorker', label: t('wk_worker') },
          { name: 'warehouseId', label: t('wk_warehouse'), options: warehouses },
          { name: 'referenceId', label: t('wk_reference'), hint: t('wk_referenceHint') },
          { name: 'q', label: t('wk_search'), hint: t('wk_searchHint') },
        ]}
      />
      <p className="qs-muted">{t('wk_unsorted')}</p>
      <DataTable caption={t('wk_work')} columns={columns} query={work} rowKey={(w) => w.workId} list={list} exportPath="/api/v1/work" empty={t('wk_empty')} onSelect={(w) => void navigate(link.work(w.workId))} />
    </Card>
  );
}

export function WorkDetail() {
  const { t } = useTranslation('outbound');
  const { workId = '' } = useParams();
  const work = useWork(workId);
  return (
    <div className="qs-stack">
      <p>
        <Link to={`${BASE}/work`}>← {t('wk_work')}</Link>
      </p>
      <Fetched query={work} what={t('wk_loading')}>
        {(w) => <WorkView work={w} />}
      </Fetched>
    </div>
  );
}

function WorkView({ work }: { work: Work }) {
  const { t } = useTranslation('outbound');
  const mayCancel = useMay('warehouse_manager');
  const { t: tr } = useTranslation('replenishment');
  const [reason, setReason] = useState('');
  const cancel = useCancelWork(work.workId);
  const open = work.status === 'Open' || work.status === 'InProcess';
  return (
    <>
      <Card title={t('wk_workTitle', { workId: work.workId })}>
        <KeyValues
          entries={[
            [t('wk_type'), term('workType', work.workType)],
            [t('wk_status'), <StatusPill key="s" status={work.status} />],
            [t('wk_warehouse'), work.warehouseId],
            [t('wk_for'), `${work.referenceType} ${work.referenceId}`],
            [t('wk_template'), work.workTemplateId],
            [t('wk_worker'), work.assignedWorker],
            [tr('work.waitingFor'), work.waitingForWorkId ? <Link key="w" to={link.work(work.waitingForWorkId)}>{tr('work.waits', { workId: work.waitingForWorkId })}</Link> : null],
            [t('wk_created'), formatDateTime(work.createdAt)],
            [t('wk_started'), formatDateTime(work.startedAt)],
            [t('wk_closed'), formatDateTime(work.closedAt)],
            [t('wk_cancelReason'), work.cancelReason],
          ]}
        />
      </Card>
      <Card title={t('wk_lines')}>
        <div className="qs-table-wrap">
          <table className="qs-table">
            <caption className="qs-visually-hidden">{t('wk_linesOf', { workId: work.workId })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('wk_line')}</th>
                <th scope="col">{t('wk_type')}</th>
                <th scope="col">{t('wk_item')}</th>
                <th scope="col">{t('wk_location')}</th>
                <th scope="col">{t('wk_licensePlate')}</th>
                <th scope="col">{t('wk_batch')}</th>
                <th scope="col" data-numeric>{t('wk_quantity')}</th>
                <th scope="col" data-numeric>{t('wk_handled')}</th>
                <th scope="col">{t('wk_status')}</th>
                <th scope="col">{t('wk_handledBy')}</th>
              </tr>
            </thead>
            <tbody>
              {work.lines.map((l) => (
                <tr key={l.lineNumber}>
                  <td>{l.lineNumber}</td>
                  <td>{term('lineType', l.lineType)}</td>
                  <td>{l.itemNumber}</td>
                  <td>
                    {l.locationId ?? '—'}
                    {l.actualLocationId && l.actualLocationId !== l.locationId && (
                      <div className="qs-muted">
                        {t('wk_to', { location: l.actualLocationId })}
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
        <Card title={t('wk_cancelTitle')}>
          <p className="qs-muted">{t('wk_cancelHint')}</p>
          <div className="qs-row">
            <TextField label={t('wk_reason')} value={reason} onChange={(e) => setReason(e.target.value)} />
            <ConfirmButton
              busy={cancel.isPending}
              question={t('wk_cancelQuestion', { workId: work.workId })}
              consequences={
                <>
                  <p>
                    {t('wk_cancelConsequence', { reference: `${work.referenceType} ${work.referenceId}` })}
                  </p>
                  <p>{reason ? t('wk_reasonIs', { reason }) : t('wk_noReason')}</p>
                </>
              }
              onConfirm={() => cancel.mutate(reason ? { reason } : {})}
            >
              {t('wk_cancelTitle')}
            </ConfirmButton>
          </div>
          <ProblemAlert error={cancel.error} />
        </Card>
      )}
    </>
  );
}
