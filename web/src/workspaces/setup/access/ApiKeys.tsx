import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../../i18n';
import { useApiKeys, useCreateApiKey, useRevokeApiKey } from '../../../api/api-keys';
import type { ResponseOf } from '../../../api/types';
import { Alert, Button, Card, DataTable, Fetched, fieldError, formatDateTime, localDayStart, ProblemAlert, SelectField, StatusPill, TextField, type Column, wholeList } from '../../../ui';
import { useSourceSystemOptions } from '../../../api/source-systems';
import { SecretOnce } from './SecretOnce';

type ApiKey = ResponseOf<'/api/v1/api-keys', 'get'>['items'][number];
const ROLES = ['admin', 'warehouse_manager', 'planner', 'integration_operator', 'warehouse_worker'] as const;

function CreateKey() {
  const { t } = useTranslation('setup');
  const sources = useSourceSystemOptions();
  const [name, setName] = useState('');
  const [holder, setHolder] = useState<'source' | 'role'>('source');
  const [sourceSystemId, setSourceSystemId] = useState('');
  const [role, setRole] = useState<(typeof ROLES)[number]>('integration_operator');
  const [lastDay, setLastDay] = useState('');
  const create = useCreateApiKey();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    // The key works through the whole of its last day: it ends when the next day starts.
    const expiresAt = localDayStart(lastDay, 1);
    const end = expiresAt === undefined ? {} : { expiresAt };
    create.mutate(holder === 'source' ? { name, sourceSystemId, ...end } : { name, role, ...end });
  };
  return (
    <Card title={t('apiKeys.newTitle')}>
      <form className="qs-row" onSubmit={submit}>
        <TextField label={t('apiKeys.name')} required value={name} error={fieldError(create.error, 'name')} onChange={(e) => setName(e.target.value)} />
        <SelectField
          label={t('apiKeys.holderFor')}
          options={[
            { value: 'source', label: t('apiKeys.forSource') },
            { value: 'role', label: t('apiKeys.forRole') },
          ]}
          value={holder}
          onChange={(e) => setHolder(e.target.value === 'role' ? 'role' : 'source')}
        />
        {holder === 'source' ? (
          <SelectField label={t('apiKeys.sourceSystem')} placeholder={t('apiKeys.choose')} required options={sources} value={sourceSystemId} error={fieldError(create.error, 'sourceSystemId')} onChange={(e) => setSourceSystemId(e.target.value)} />
        ) : (
          <SelectField label={t('apiKeys.role')} options={ROLES} value={role} onChange={(e) => setRole(ROLES.find((r) => r === e.target.value) ?? 'integration_operator')} />
        )}
        <TextField
          label={t('apiKeys.lastDay')}
          type="date"
          hint={t('apiKeys.lastDayHint')}
          value={lastDay}
          error={fieldError(create.error, 'expiresAt')}
          onChange={(e) => setLastDay(e.target.value)}
        />
        <Button type="submit" busy={create.isPending}>
          {t('apiKeys.create')}
        </Button>
      </form>
      <ProblemAlert error={create.error} />
      {create.data && <SecretOnce title={t('apiKeys.created', { prefix: create.data.prefix })} secret={create.data.key} />}
    </Card>
  );
}

export function ApiKeys() {
  const { t } = useTranslation('setup');
  const [revoking, setRevoking] = useState<ApiKey>();
  const query = useApiKeys();
  const revoke = useRevokeApiKey({ onSuccess: () => setRevoking(undefined) });
  const columns: Column<ApiKey>[] = [
    { header: t('apiKeys.name'), cell: (k) => k.name },
    { header: t('apiKeys.prefix'), cell: (k) => <code>{k.prefix}</code> },
    { header: t('apiKeys.holder'), cell: (k) => (k.sourceSystemId ? t('apiKeys.sourceSystemHolder', { id: k.sourceSystemId }) : (k.role ?? k.kind)) },
    { header: t('apiKeys.createdAt'), cell: (k) => formatDateTime(k.createdAt) },
    { header: t('apiKeys.expires'), cell: (k) => (k.expiresAt ? formatDateTime(k.expiresAt) : t('apiKeys.never')) },
    { header: t('apiKeys.state'), cell: (k) => <StatusPill status={k.revokedAt ? 'Revoked' : k.expiresAt && new Date(k.expiresAt) <= new Date() ? 'Expired' : 'Active'} /> },
    {
      header: t('apiKeys.action'),
      cell: (k) =>
        k.revokedAt ? (
          formatDateTime(k.revokedAt)
        ) : (
          <Button variant="secondary" aria-label={t('apiKeys.revokeOne', { name: k.name })} onClick={() => setRevoking(k)}>
            {t('apiKeys.revoke')}
          </Button>
        ),
    },
  ];
  return (
    <div className="qs-stack">
      <h2>{t('apiKeys.title')}</h2>
      <CreateKey />
      {revoking && (
        <div className="qs-stack">
          <Alert tone="warn" title={t('apiKeys.revokeQuestion', { name: revoking.name, prefix: revoking.prefix })}>
            {t('apiKeys.revokeText')}
          </Alert>
          <div className="qs-row">
            <Button variant="danger" busy={revoke.isPending} onClick={() => revoke.mutate(revoking.id)}>
              {t('apiKeys.yesRevoke')}
            </Button>
            <Button variant="secondary" onClick={() => setRevoking(undefined)}>
              {t('apiKeys.keep')}
            </Button>
          </div>
          <ProblemAlert error={revoke.error} />
        </div>
      )}
      <Fetched query={query} what={t('apiKeys.loading')}>
        {(data) => <DataTable caption={t('apiKeys.title')} columns={columns} query={wholeList(data.items)} rowKey={(k) => k.id} empty={t('apiKeys.empty')} />}
      </Fetched>
    </div>
  );
}
