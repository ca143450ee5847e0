import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import type { ResponseOf } from '../../api/types';
import { Alert, Button, Card, DataTable, Fetched, formatDateTime, KeyValues, ProblemAlert, StatusPill, type Column, wholeList } from '../../ui';
import { useCanOperate } from './can-act';
import { MessageEditForm } from './MessageEditForm';
import { BASE, messagePath } from './paths';

export type MessageDetails = ResponseOf<'/api/v1/messages/{id}', 'get'>;
type LogEntry = MessageDetails['log'][number];
type Version = MessageDetails['versions'][number];

const logColumns: Column<LogEntry>[] = [
  { header: 'Attempt', cell: (l) => l.attempt, numeric: true },
  { header: 'At', cell: (l) => formatDateTime(l.at) },
  { header: 'Level', cell: (l) => (l.level === 'error' ? <StatusPill status="Failed" /> : l.level) },
  { header: 'Field', cell: (l) => (l.field ? <code>{l.field}</code> : '—') },
  { header: 'Value', cell: (l) => l.value ?? '—' },
  { header: 'Text', cell: (l) => l.text },
];


/** A message waiting for the worker changes on its own; look again until it settles. */
const settling = (m: MessageDetails | undefined) => m !== undefined && m.processingStatus === 'Received';

function Actions({ message, onEdit }: { message: MessageDetails; onEdit: () => void }) {
  const queryClient = useQueryClient();
  const [done, setDone] = useState<string>();
  const id = message.id;
  const action = useMutation({
    mutationFn: async (what: 'process' | 'cancel' | 'queue') => {
      const path = { params: { path: { id } } };
      if (what === 'process') return { what, result: await unwrap(api.POST('/api/v1/messages/{id}/process', path)) };
      if (what === 'cancel') return { what, result: await unwrap(api.POST('/api/v1/messages/{id}/cancel', path)) };
      return { what, result: await unwrap(api.POST('/api/v1/messages/{id}/queue', path)) };
    },
    onSuccess: ({ what, result }) => {
      const verb = { process: 'Processed', cancel: 'Canceled', queue: 'Queued' }[what];
      setDone(`${verb}: the message is now ${result.processingStatus}.`);
      void queryClient.invalidateQueries({ queryKey: ['messages'] });
      void queryClient.invalidateQueries({ queryKey: ['integration-monitoring'] });
    },
  });
  const status = message.processingStatus;
  const replaced = message.replacedById !== null;
  const run = (what: 'process' | 'cancel' | 'queue') => {
    setDone(undefined);
    action.mutate(what);
  };
  return (
    <div className="qs-stack">
      <div className="qs-row">
        {(status === 'Failed' || status === 'Received') && !replaced && (
          <Button busy={action.isPending} onClick={() => run('process')}>
            Process
          </Button>
        )}
        {(status === 'Failed' || status === 'Canceled' || status === 'Draft') && !replaced && (
          <Button busy={action.isPending} onClick={() => run('queue')}>
            Queue
          </Button>
        )}
        {(status === 'Failed' || status === 'Draft') && !replaced && (
          <Button variant="secondary" onClick={onEdit}>
            {status === 'Draft' ? 'Edit draft' : 'Edit as a new version'}
          </Button>
        )}
        {status !== 'Accepted' && status !== 'Canceled' && (
          <Button variant="danger" busy={action.isPending} onClick={() => run('cancel')}>
            Cancel message
          </Button>
        )}
      </div>
      {done && <Alert tone="ok">{done}</Alert>}
      <ProblemAlert error={action.error} />
    </div>
  );
}

export function MessageDetail() {
  const id = Number(useParams().id);
  const navigate = useNavigate();
  const canOperate = useCanOperate();
  const [editing, setEditing] = useState(false);
  const query = useQuery({
    queryKey: ['messages', 'one', id],
    queryFn: () => unwrap(api.GET('/api/v1/messages/{id}', { params: { path: { id } } })),
    refetchInterval: (q) => (settling(q.state.data) ? 1_000 : false),
  });
  return (
    <Fetched query={query} what="Loading the message">
      {(message) => (
        <div className="qs-stack">
          <p>
            <Link to={`${BASE}/messages`}>Back to messages</Link>
          </p>
          <Card
            title={`Message ${message.messageId}, version ${String(message.version)}`}
            actions={
              <Button variant="secondary" busy={query.isFetching} onClick={() => void query.refetch()}>
                Refresh
              </Button>
            }
          >
            <KeyValues
              entries={[
                ['Status', <StatusPill key="s" status={message.processingStatus} />],
                ['Processor state', message.processorState],
                ['Type', message.messageType],
                ['Source system', message.sourceSystemId],
                ['Order number', message.orderNumber],
                ['Internal order number', message.internalOrderNumber],
                ['Origin', message.origin],
                ['Attempts', message.attempts],
                ['Received', formatDateTime(message.receivedAt)],
                ['Processed', formatDateTime(message.processedAt)],
                ['Last error', message.lastError],
                ['Replaced by', message.replacedById === null ? null : <Link to={messagePath(message.replacedById)}>message {message.replacedById}</Link>],
              ]}
            />
            {canOperate && !editing && <Actions message={message} onEdit={() => setEditing(true)} />}
          </Card>
          {editing && (
            <MessageEditForm
              title={message.processingStatus === 'Draft' ? 'Edit draft' : 'Edit as a new version'}
              message={message}
              onCancel={() => setEditing(false)}
              onSaved={(next) => {
                setEditing(false);
                void navigate(messagePath(next));
              }}
            />
          )}
          <Card title="Processing log">
            <DataTable caption="Processing log" columns={logColumns} query={wholeList(message.log)} rowKey={(l) => `${String(l.attempt)}-${l.at ?? ''}-${l.text}`} empty="Not processed yet." />
          </Card>
          <Card title="Versions">
            <ul>
              {message.versions.map((v: Version) => (
                <li key={v.id}>
                  {v.id === message.id ? <strong>Version {v.version} (this one)</strong> : <Link to={messagePath(v.id)}>Version {v.version}</Link>} <StatusPill status={v.processingStatus} />
                </li>
              ))}
            </ul>
          </Card>
          <Card title="Content">
            <pre className="qs-code">{JSON.stringify(message.content, null, 2)}</pre>
          </Card>
        </div>
      )}
    </Fetched>
  );
}
