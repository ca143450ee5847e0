import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { ResponseOf } from '../../../api/types';
import { useCreateWebhookSubscription, useRotateWebhookSecret, useToggleWebhookSubscription, useWebhookSubscriptions } from '../../../api/webhooks';
import { Button, Card, DataTable, Fetched, fieldError, formatDateTime, ProblemAlert, SelectField, StatusPill, TextField, type Column, wholeList } from '../../../ui';
import { useSourceSystemOptions } from '../../../api/source-systems';
import { useSetupRights } from '../rights';
import { SecretOnce } from './SecretOnce';

type Subscription = ResponseOf<'/api/v1/webhook-subscriptions', 'get'>['items'][number];

function CreateSubscription({ onSecret }: { onSecret: (title: string, secret: string) => void }) {
  const sources = useSourceSystemOptions();
  const [url, setUrl] = useState('');
  const [eventTypes, setEventTypes] = useState('*');
  const [sourceSystemId, setSourceSystemId] = useState('');
  const [description, setDescription] = useState('');
  const create = useCreateWebhookSubscription({ onSuccess: (created) => onSecret(`Subscription #${String(created.id)} created: its signing secret`, created.secret) });
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
    <Card title="New webhook subscription">
      <form className="qs-stack" onSubmit={submit}>
        <div className="qs-grid">
          <TextField label="URL" type="url" required value={url} error={fieldError(create.error, 'url')} onChange={(e) => setUrl(e.target.value)} />
          <TextField label="Event types" hint="Comma-separated types from the event catalog, or * for all" value={eventTypes} error={fieldError(create.error, 'eventTypes')} onChange={(e) => setEventTypes(e.target.value)} />
          <SelectField label="Source system" placeholder="Every source system" options={sources} value={sourceSystemId} onChange={(e) => setSourceSystemId(e.target.value)} />
          <TextField label="Description" value={description} onChange={(e) => setDescription(e.target.value)} />
        </div>
        <div className="qs-row">
          <Button type="submit" busy={create.isPending}>
            Subscribe
          </Button>
        </div>
      </form>
      <ProblemAlert error={create.error} />
    </Card>
  );
}

export function WebhookSubscriptions() {
  const [secret, setSecret] = useState<{ title: string; secret: string }>();
  const canEdit = useSetupRights().webhooks;
  const query = useWebhookSubscriptions();
  const toggle = useToggleWebhookSubscription();
  const rotate = useRotateWebhookSecret({
    onSuccess: (r) => setSecret({ title: `New signing secret of subscription #${String(r.id)} (the old one works until ${formatDateTime(r.previousSecretExpiresAt)})`, secret: r.secret }),
  });
  const columns: Column<Subscription>[] = [
    { header: 'Id', cell: (s) => s.id, numeric: true },
    { header: 'URL', cell: (s) => s.url },
    { header: 'Events', cell: (s) => s.eventTypes.join(', ') },
    { header: 'Source system', cell: (s) => s.sourceSystemId ?? 'all' },
    { header: 'Description', cell: (s) => s.description || '—' },
    { header: 'State', cell: (s) => <StatusPill status={s.active ? 'Active' : 'Paused'} /> },
  ];
  if (canEdit)
    columns.push({
      header: 'Actions',
      cell: (s) => (
        <div className="qs-row">
          <Button variant="secondary" aria-label={`${s.active ? 'Pause' : 'Resume'} subscription ${String(s.id)}`} onClick={() => toggle.mutate(s)}>
            {s.active ? 'Pause' : 'Resume'}
          </Button>
          <Button variant="secondary" aria-label={`Rotate secret of subscription ${String(s.id)}`} onClick={() => rotate.mutate(s.id)}>
            Rotate secret
          </Button>
          <Link to={`/workspaces/integration/dead-letters?d.subscriptionId=${String(s.id)}`}>Dead letters</Link>
        </div>
      ),
    });
  return (
    <div className="qs-stack">
      <h2>Webhook subscriptions</h2>
      {canEdit && <CreateSubscription onSecret={(title, value) => setSecret({ title, secret: value })} />}
      {secret && <SecretOnce title={secret.title} secret={secret.secret} />}
      <ProblemAlert error={toggle.error ?? rotate.error} />
      <Fetched query={query} what="Loading subscriptions">
        {(data) => (
          <DataTable
            caption="Webhook subscriptions"
            columns={columns}
            query={wholeList(data.items)}
            rowKey={(s) => s.id}
            empty="No webhook subscriptions yet."
          />
        )}
      </Fetched>
    </div>
  );
}
