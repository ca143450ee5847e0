import { useAuditLog, type AuditEntry, type AuditQuery } from '../../api/audit-log';
import { DataTable, FilterForm, formatDateTime, localDayStart, PageHeader, StatusPill, useListState, type Column, type FilterDef } from '../../ui';
import { ACTION_LABELS, ACTIONS, describeActor, describeDetail, OUTCOME_LABELS, OUTCOMES } from './words';

const FILTERS: FilterDef[] = [
  { name: 'action', label: 'Action', options: ACTIONS.map((a) => ({ value: a, label: ACTION_LABELS[a] })) },
  { name: 'actor', label: 'Who', hint: 'A user name, API key name or key number' },
  { name: 'outcome', label: 'Outcome', options: OUTCOMES.map((o) => ({ value: o, label: OUTCOME_LABELS[o] })) },
  { name: 'from', label: 'From day', type: 'date' },
  { name: 'to', label: 'To day (included)', type: 'date' },
];
const SORTS = ['at', 'action', 'actorName', 'outcome'] as const;

const columns: Column<AuditEntry>[] = [
  { header: 'When', sortKey: 'at', cell: (e) => formatDateTime(e.at) },
  { header: 'Action', sortKey: 'action', cell: (e) => ACTION_LABELS[e.action] },
  { header: 'Outcome', sortKey: 'outcome', cell: (e) => <StatusPill status={OUTCOME_LABELS[e.outcome]} /> },
  { header: 'Who', sortKey: 'actorName', cell: (e) => describeActor(e) },
  { header: 'From address', cell: (e) => e.clientIp ?? '—' },
  { header: 'Target', cell: (e) => (e.targetType ? `${e.targetType.replaceAll('_', ' ')} ${e.targetId ?? '(unknown)'}` : '—') },
  { header: 'Detail', cell: (e) => <span className="qs-muted">{describeDetail(e.detail) || '—'}</span> },
];

/**
 * Who signed in or failed to, who changed users, keys, source systems and webhook subscriptions, and who was
 * refused: for admins, read only. The server keeps it for retention.auditLogDays.
 */
export function AuditLogWorkspace() {
  const list = useListState('audit', FILTERS.map((f) => f.name));
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
      <PageHeader title="Audit log" />
      <div className="qs-stack">
        <FilterForm label="Filter the audit log" prefix="audit" list={list} fields={FILTERS} />
        <DataTable caption="Audit log, newest first" columns={columns} query={entries} rowKey={(e) => e.id} list={list} empty="No entries match these filters." />
      </div>
    </>
  );
}
