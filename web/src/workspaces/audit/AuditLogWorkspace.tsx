import { i18n, useTranslation } from '../../i18n';
import { useAuditLog, type AuditEntry, type AuditQuery } from '../../api/audit-log';
import { DataTable, FilterForm, formatDateTime, localDayStart, PageHeader, StatusPill, statusText, useListState, type Column, type FilterDef } from '../../ui';
import { actionLabel, ACTIONS, describeActor, describeDetail, OUTCOME_LABELS, OUTCOMES } from './words';

const filters = (): FilterDef[] => {
  const t = i18n.getFixedT(null, 'audit');
  return [
  { name: 'action', label: t('actionCol'), options: ACTIONS.map((a) => ({ value: a, label: actionLabel(a) })) },
  { name: 'actor', label: t('who'), hint: t('whoHint') },
  { name: 'outcome', label: t('outcome'), options: OUTCOMES.map((o) => ({ value: o, label: statusText(OUTCOME_LABELS[o]) })) },
  { name: 'from', label: t('fromDay'), type: 'date' },
  { name: 'to', label: t('toDay'), type: 'date' },
  ];
};
const SORTS = ['at', 'action', 'actorName', 'outcome'] as const;

function columns(): Column<AuditEntry>[] {
  const t = i18n.getFixedT(null, 'audit');
  return [
  { header: t('when'), sortKey: 'at', cell: (e) => formatDateTime(e.at) },
  { header: t('actionCol'), sortKey: 'action', cell: (e) => actionLabel(e.action) },
  { header: t('outcome'), sortKey: 'outcome', cell: (e) => <StatusPill status={OUTCOME_LABELS[e.outcome]} /> },
  { header: t('who'), sortKey: 'actorName', cell: (e) => describeActor(e) },
  { header: t('fromAddress'), cell: (e) => e.clientIp ?? '—' },
  { header: t('target'), cell: (e) => (e.targetType ? `${e.targetType.replaceAll('_', ' ')} ${e.targetId ?? t('unknown')}` : '—') },
  { header: t('detail'), cell: (e) => <span className="qs-muted">{describeDetail(e.detail) || '—'}</span> },
  ];
}

/**
 * Who signed in or failed to, who changed users, keys, source systems and webhook subscriptions, and who was
 * refused: for admins, read only. The server keeps it for retention.auditLogDays.
 */
export function AuditLogWorkspace() {
  const { t } = useTranslation('audit');
  const list = useListState('audit', ['action', 'actor', 'outcome', 'from', 'to']);
  const f = list.filters;
  const query: AuditQuery = {
    limit: list.limit,
    offset: list.offset,
    sort: SORTS.find((s) => s === list.sort),
    order: list.order,
    action: ACTIONS.find((a) => a === f.action),
    outcome: OUTCOMES.find((o) => o === f.outcome),
    actor: f.actor,
    from: localDayStart(f.from),
    to: localDayStart(f.to, 1),
  };
  const entries = useAuditLog(query);
  return (
    <>
      <PageHeader title={t('title')} />
      <div className="qs-stack">
        <FilterForm label={t('filter')} prefix="audit" list={list} fields={filters()} />
        <DataTable caption={t('caption')} columns={columns()} query={entries} rowKey={(e) => e.id} list={list} exportPath="/api/v1/audit-log" exportQuery={query} empty={t('empty')} />
      </div>
    </>
  );
}
