import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMessage, useMessageAction, type MessageAction, type MessageDetails } from '../../api/messages';
import { Alert, Button, Card, ConfirmButton, DataTable, Fetched, formatDateTime, KeyValues, ProblemAlert, StatusPill, type Column, wholeList } from '../../ui';
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

interface Outcome {
  tone: 'ok' | 'warn' | 'bad';
  title: string;
  text: string;
}

/** What an action came to: processing may end Failed (with the reason), or wait behind an earlier message. */
function outcomeOf(what: MessageAction, result: { processingStatus: string; lastError: string | null }): Outcome {
  if (what === 'process' && result.processingStatus === 'Failed') return { tone: 'bad', title: 'Processing failed', text: result.lastError ?? 'The processing log below says why.' };
  if (what === 'process' && result.processingStatus === 'Received') return { tone: 'warn', title: 'Not processed yet', text: 'An earlier message of the same order is still waiting; this one follows it.' };
  const verb = { process: 'Processed', cancel: 'Canceled', queue: 'Queued' }[what];
  return { tone: 'ok', title: verb, text: `The message is now ${result.processingStatus}.` };
}

function Actions({ message, onEdit }: { message: MessageDetails; onEdit: () => void }) {
  const [done, setDone] = useState<Outcome>();
  const action = useMessageAction(message.id, {
    onSuccess: ({ what, result }) => setDone(outcomeOf(what, result)),
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
          <ConfirmButton
            busy={action.isPending}
            question={`Cancel message ${message.messageId}?`}
            consequences={
              <>
                <p>
                  The message is not processed: order {message.orderNumber} stays as it is{status === 'Failed' || status === 'Received' ? ', and later messages of the order are no longer held by this one' : ''}.
                </p>
                <p>It can be queued again later.</p>
              </>
            }
            onConfirm={() => run('cancel')}
          >
            Cancel message
          </ConfirmButton>
        )}
      </div>
      {done && (
        <Alert tone={done.tone} title={done.title}>
          {done.text}
        </Alert>
      )}
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
