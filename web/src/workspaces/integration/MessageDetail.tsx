import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMessage, useMessageAction, type MessageAction, type MessageDetails } from '../../api/messages';
import { useTranslation } from '../../i18n';
import { Alert, Button, Card, ConfirmButton, DataTable, Fetched, formatDateTime, KeyValues, ProblemAlert, StatusPill, type Column, wholeList } from '../../ui';
import { useCanMapItems, useCanOperate } from './can-act';
import { MappingFix } from './MappingFix';
import { MessageEditForm } from './MessageEditForm';
import { BASE, messagePath } from './paths';

type LogEntry = MessageDetails['log'][number];
type Version = MessageDetails['versions'][number];
type T = ReturnType<typeof useTranslation<'integration'>>['t'];

interface Outcome {
  tone: 'ok' | 'warn' | 'bad';
  title: string;
  text: string;
}

/** What an action came to: processing may end Failed (with the reason, never green), or wait behind an earlier message. */
function outcomeOf(t: T, what: MessageAction, result: { processingStatus: string; lastError: string | null }): Outcome {
  if (result.processingStatus === 'Failed') return { tone: 'bad', title: t('actions.failed'), text: result.lastError ?? t('actions.seeLog') };
  if (what === 'process' && result.processingStatus === 'Received') return { tone: 'warn', title: t('actions.waiting'), text: t('actions.waitingText') };
  return { tone: 'ok', title: t(`actions.done.${what}`), text: t('actions.nowStatus', { status: result.processingStatus }) };
}

function Actions({ message, onEdit }: { message: MessageDetails; onEdit: () => void }) {
  const { t } = useTranslation('integration');
  const [done, setDone] = useState<Outcome>();
  const action = useMessageAction(message.id, {
    onSuccess: ({ what, result }) => setDone(outcomeOf(t, what, result)),
  });
  const status = message.processingStatus;
  const replaced = message.replacedById !== null;
  const run = (what: MessageAction) => {
    setDone(undefined);
    action.mutate(what);
  };
  const holds = status === 'Failed' || status === 'Received';
  return (
    <div className="qs-stack">
      <div className="qs-row">
        {(status === 'Failed' || status === 'Received') && !replaced && (
          <Button busy={action.isPending} onClick={() => run('process')}>
            {t('actions.process')}
          </Button>
        )}
        {(status === 'Failed' || status === 'Canceled' || status === 'Draft') && !replaced && (
          <Button busy={action.isPending} onClick={() => run('queue')}>
            {t('actions.queue')}
          </Button>
        )}
        {(status === 'Failed' || status === 'Draft') && !replaced && (
          <Button variant="secondary" onClick={onEdit}>
            {status === 'Draft' ? t('actions.editDraft') : t('actions.editVersion')}
          </Button>
        )}
        {status !== 'Accepted' && status !== 'Canceled' && (
          <ConfirmButton
            busy={action.isPending}
            question={t('actions.cancelQuestion', { messageId: message.messageId })}
            confirmLabel={t('actions.cancel')}
            consequences={
              <>
                <p>{holds ? t('actions.cancelWhatHolding', { orderNumber: message.orderNumber }) : t('actions.cancelWhat', { orderNumber: message.orderNumber })}</p>
                <p>{t('actions.cancelUndo')}</p>
              </>
            }
            onConfirm={() => run('cancel')}
          >
            {t('actions.cancel')}
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
  const { t } = useTranslation('integration');
  const id = Number(useParams().id);
  const navigate = useNavigate();
  const canOperate = useCanOperate();
  const canMap = useCanMapItems();
  const [editing, setEditing] = useState(false);
  const query = useMessage(id);
  const logColumns: Column<LogEntry>[] = [
    { header: t('log.attempt'), cell: (l) => l.attempt, numeric: true },
    { header: t('log.at'), cell: (l) => formatDateTime(l.at) },
    { header: t('log.level'), cell: (l) => (l.level === 'error' ? <StatusPill status="Failed" /> : t(`log.levels.${l.level as 'info'}`, { defaultValue: l.level })) },
    { header: t('log.field'), cell: (l) => (l.field ? <code>{l.field}</code> : '—') },
    { header: t('log.value'), cell: (l) => l.value ?? '—' },
    { header: t('log.text'), cell: (l) => l.text, long: true },
  ];
  return (
    <Fetched query={query} what={t('detail.loading')}>
      {(message) => (
        <div className="qs-stack">
          <p>
            <Link to={`${BASE}/messages`}>{t('detail.back')}</Link>
          </p>
          <Card
            title={t('detail.title', { messageId: message.messageId, version: message.version })}
            actions={
              <Button variant="secondary" busy={query.isFetching} onClick={() => void query.refetch()}>
                {t('detail.refresh')}
              </Button>
            }
          >
            <KeyValues
              entries={[
                [t('fields.status'), <StatusPill key="s" status={message.processingStatus} />],
                [t('fields.processorState'), <StatusPill key="p" status={message.processorState} />],
                [t('fields.messageType'), t(`messageTypes.${message.messageType as 'InboundShipmentOrder'}`, { defaultValue: message.messageType })],
                [t('fields.sourceSystem'), message.sourceSystemId],
                [t('fields.orderNumber'), message.orderNumber],
                [t('fields.internalOrderNumber'), message.internalOrderNumber],
                [t('fields.origin'), t(`origins.${message.origin as 'Integration'}`, { defaultValue: message.origin })],
                [t('fields.attempts'), message.attempts],
                [t('fields.received'), formatDateTime(message.receivedAt)],
                [t('fields.processed'), formatDateTime(message.processedAt)],
                [t('fields.lastError'), message.lastError],
                [t('fields.replacedBy'), message.replacedById === null ? null : <Link to={messagePath(message.replacedById)}>{t('detail.messageRef', { id: message.replacedById })}</Link>],
              ]}
            />
            {canOperate && !editing && <Actions message={message} onEdit={() => setEditing(true)} />}
          </Card>
          {canMap && message.processingStatus === 'Failed' && message.replacedById === null && <MappingFix message={message} />}
          {editing && (
            <MessageEditForm
              title={message.processingStatus === 'Draft' ? t('actions.editDraft') : t('actions.editVersion')}
              message={message}
              onCancel={() => setEditing(false)}
              onSaved={(next) => {
                setEditing(false);
                void navigate(messagePath(next));
              }}
            />
          )}
          <Card title={t('log.title')}>
            <DataTable caption={t('log.title')} columns={logColumns} query={wholeList(message.log)} rowKey={(l) => `${String(l.attempt)}-${l.at ?? ''}-${l.text}`} empty={t('log.empty')} />
          </Card>
          <Card title={t('detail.versions')}>
            <ul>
              {message.versions.map((v: Version) => (
                <li key={v.id}>
                  {v.id === message.id ? <strong>{t('detail.thisVersion', { version: v.version })}</strong> : <Link to={messagePath(v.id)}>{t('detail.version', { version: v.version })}</Link>} <StatusPill status={v.processingStatus} />
                </li>
              ))}
            </ul>
          </Card>
          <Card title={t('detail.content')}>
            <pre className="qs-code">{JSON.stringify(message.content, null, 2)}</pre>
          </Card>
        </div>
      )}
    </Fetched>
  );
}
