import { useState, type FormEvent } from 'react';
import { useApiKeys, useCreateApiKey, useRevokeApiKey } from '../../../api/api-keys';
import type { ResponseOf } from '../../../api/types';
import { Alert, Button, Card, DataTable, Fetched, fieldError, formatDateTime, localDayStart, ProblemAlert, SelectField, StatusPill, TextField, type Column, wholeList } from '../../../ui';
import { useSourceSystemOptions } from '../../../api/source-systems';
import { SecretOnce } from './SecretOnce';

type ApiKey = ResponseOf<'/api/v1/api-keys', 'get'>['items'][number];
const ROLES = ['admin', 'warehouse_manager', 'planner', 'integration_operator', 'warehouse_worker'] as const;

function CreateKey() {
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
    <Card title="New API key">
      <form className="qs-row" onSubmit={submit}>
        <TextField label="Name" required value={name} error={fieldError(create.error, 'name')} onChange={(e) => setName(e.target.value)} />
        <SelectField
          label="For"
          options={[
            { value: 'source', label: 'A source system (integration client)' },
            { value: 'role', label: 'A person or tool with a role' },
          ]}
          value={holder}
          onChange={(e) => setHolder(e.target.value === 'role' ? 'role' : 'source')}
        />
        {holder === 'source' ? (
          <SelectField label="Source system" placeholder="Choose…" required options={sources} value={sourceSystemId} error={fieldError(create.error, 'sourceSystemId')} onChange={(e) => setSourceSystemId(e.target.value)} />
        ) : (
          <SelectField label="Role" options={ROLES} value={role} onChange={(e) => setRole(ROLES.find((r) => r === e.target.value) ?? 'integration_operator')} />
        )}
        <TextField
          label="Last day it works"
          type="date"
          hint="Optional, at most 3 years ahead; without one the key works until revoked"
          value={lastDay}
          error={fieldError(create.error, 'expiresAt')}
          onChange={(e) => setLastDay(e.target.value)}
        />
        <Button type="submit" busy={create.isPending}>
          Create key
        </Button>
      </form>
      <ProblemAlert error={create.error} />
      {create.data && <SecretOnce title={`API key ${create.data.prefix}… created`} secret={create.data.key} />}
    </Card>
  );
}

export function ApiKeys() {
  const [revoking, setRevoking] = useState<ApiKey>();
  const query = useApiKeys();
  const revoke = useRevokeApiKey({ onSuccess: () => setRevoking(undefined) });
  const columns: Column<ApiKey>[] = [
    { header: 'Name', cell: (k) => k.name },
    { header: 'Prefix', cell: (k) => <code>{k.prefix}</code> },
    { header: 'Holder', cell: (k) => (k.sourceSystemId ? `source system ${k.sourceSystemId}` : (k.role ?? k.kind)) },
    { header: 'Created', cell: (k) => formatDateTime(k.createdAt) },
    { header: 'Expires', cell: (k) => (k.expiresAt ? formatDateTime(k.expiresAt) : 'Never') },
    { header: 'State', cell: (k) => <StatusPill status={k.revokedAt ? 'Revoked' : k.expiresAt && new Date(k.expiresAt) <= new Date() ? 'Expired' : 'Active'} /> },
    {
      header: 'Action',
      cell: (k) =>
        k.revokedAt ? (
          formatDateTime(k.revokedAt)
        ) : (
          <Button variant="secondary" aria-label={`Revoke ${k.name}`} onClick={() => setRevoking(k)}>
            Revoke
          </Button>
        ),
    },
  ];
  return (
    <div className="qs-stack">
      <h2>API keys</h2>
      <CreateKey />
      {revoking && (
        <div className="qs-stack">
          <Alert tone="warn" title={`Revoke the key ${revoking.name} (${revoking.prefix}…)?`}>
            Every client using it is refused from now on.
          </Alert>
          <div className="qs-row">
            <Button variant="danger" busy={revoke.isPending} onClick={() => revoke.mutate(revoking.id)}>
              Yes, revoke
            </Button>
            <Button variant="secondary" onClick={() => setRevoking(undefined)}>
              Keep it
            </Button>
          </div>
          <ProblemAlert error={revoke.error} />
        </div>
      )}
      <Fetched query={query} what="Loading API keys">
        {(data) => <DataTable caption="API keys" columns={columns} query={wholeList(data.items)} rowKey={(k) => k.id} empty="No API keys yet." />}
      </Fetched>
    </div>
  );
}
