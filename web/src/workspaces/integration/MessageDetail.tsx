import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMessage, useMessageAction, type MessageAction, type MessageDetails } from '../../api/messages';
import { Alert, Button, Card, DataTable, Fetched, formatDateTime, KeyValues, ProblemAlert, StatusPill, type Column, wholeList } from '../../ui';
import { useCanOperate } from './can-act';
import { MessageEditForm } from './MessageEditForm';
import { BASE, messagePath } from './paths';

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

function Actions({ message, onEdit }: { message: MessageDetails; onEdit: () => void }) {
  const [done, setDone] = useState<string>();
  const action = useMessageAction(message.id, {
    onSuccess: ({ what, result }) => {
      const verb = { process: 'Processed', cancel: 'Canceled', queue: 'Queued' }[what];
      setDone(`${verb}: the message is now ${result.processingStatus}.`);
    },
  });
  const status = message.processingStatus;
  const replaced = message.replacedById !== null;
  const run = (what: MessageAction) => {
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
  const query = useMessage(id);
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
