import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../../i18n';
import { Link } from 'react-router';
import type { ResponseOf } from '../../../api/types';
import { useCreateWebhookSubscription, useRotateWebhookSecret, useToggleWebhookSubscription, useWebhookSubscriptions } from '../../../api/webhooks';
import { Button, Card, DataTable, Fetched, fieldError, formatDateTime, ProblemAlert, SelectField, StatusPill, TextField, type Column, wholeList } from '../../../ui';
import { useSourceSystemOptions } from '../../../api/source-systems';
import { useSetupRights } from '../rights';
import { SecretOnce } from './SecretOnce';

type Subscription = ResponseOf<'/api/v1/webhook-subscriptions', 'get'>['items'][number];

function CreateSubscription({ onSecret }: { onSecret: (title: string, secret: string) => void }) {
  const { t } = useTranslation('setup');
  const sources = useSourceSystemOptions();
  const [url, setUrl] = useState('');
  const [eventTypes, setEventTypes] = useState('*');
  const [sourceSystemId, setSourceSystemId] = useState('');
  const [description, setDescription] = useState('');
  const create = useCreateWebhookSubscription({ onSuccess: (created) => onSecret(t('webhooks.createdSecret', { id: created.id }), created.secret) });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({
      url,
      eventTypes: eventTypes
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
      sourceSystemId: sourceSystemId || null,
      ...(description ? { description } : {}),
    });
  };
  return (
    <Card title={t('webhooks.newTitle')}>
      <form className="qs-stack" onSubmit={submit}>
        <div className="qs-grid">
          <TextField label={t('webhooks.url')} type="url" required value={url} error={fieldError(create.error, 'url')} onChange={(e) => setUrl(e.target.value)} />
          <TextField label={t('webhooks.eventTypes')} hint={t('webhooks.eventTypesHint')} value={eventTypes} error={fieldError(create.error, 'eventTypes')} onChange={(e) => setEventTypes(e.target.value)} />
          <SelectField label={t('webhooks.sourceSystem')} placeholder={t('webhooks.everySourceSystem')} options={sources} value={sourceSystemId} onChange={(e) => setSourceSystemId(e.target.value)} />
          <TextField label={t('webhooks.description')} value={description} onChange={(e) => setDescription(e.target.value)} />
        </div>
        <div className="qs-row">
          <Button type="submit" busy={create.isPending}>
            {t('webhooks.subscribe')}
          </Button>
        </div>
      </form>
      <ProblemAlert error={create.error} />
    </Card>
  );
}

export function WebhookSubscriptions() {
  const { t } = useTranslation('setup');
  const [secret, setSecret] = useState<{ title: string; secret: string }>();
  const canEdit = useSetupRights().webhooks;
  const query = useWebhookSubscriptions();
  const toggle = useToggleWebhookSubscription();
  const rotate = useRotateWebhookSecret({
    onSuccess: (r) => setSecret({ title: t('webhooks.rotatedSecret', { id: r.id, until: formatDateTime(r.previousSecretExpiresAt) }), secret: r.secret }),
  });
  const columns: Column<Subscription>[] = [
    { header: t('webhooks.id'), cell: (s) => s.id, numeric: true },
    { header: t('webhooks.url'), cell: (s) => s.url },
    { header: t('webhooks.events'), cell: (s) => s.eventTypes.join(', ') },
    { header: t('webhooks.sourceSystem'), cell: (s) => s.sourceSystemId ?? t('webhooks.all') },
    { header: t('webhooks.description'), cell: (s) => s.description || '—' },
    { header: t('webhooks.state'), cell: (s) => <StatusPill status={s.active ? 'Active' : 'Paused'} /> },
  ];
  if (canEdit)
    columns.push({
      header: t('webhooks.actions'),
      cell: (s) => (
        <div className="qs-row">
          <Button variant="secondary" aria-label={t(s.active ? 'webhooks.pauseOne' : 'webhooks.resumeOne', { id: s.id })} onClick={() => toggle.mutate(s)}>
            {s.active ? t('webhooks.pause') : t('webhooks.resume')}
          </Button>
          <Button variant="secondary" aria-label={t('webhooks.rotateOne', { id: s.id })} onClick={() => rotate.mutate(s.id)}>
            {t('webhooks.rotate')}
          </Button>
          <Link to={`/workspaces/integration/dead-letters?d.subscriptionId=${String(s.id)}`}>{t('webhooks.deadLetters')}</Link>
        </div>
      ),
    });
  return (
    <div className="qs-stack">
      <h2>{t('webhooks.title')}</h2>
      {canEdit && <CreateSubscription onSecret={(title, value) => setSecret({ title, secret: value })} />}
      {secret && <SecretOnce title={secret.title} secret={secret.secret} />}
      <ProblemAlert error={toggle.error ?? rotate.error} />
      <Fetched query={query} what={t('webhooks.loading')}>
        {(data) => (
          <DataTable
            caption={t('webhooks.title')}
            columns={columns}
            query={wholeList(data.items)}
            rowKey={(s) => s.id}
            empty={t('webhooks.empty')}
          />
        )}
      </Fetched>
    </div>
  );
}
