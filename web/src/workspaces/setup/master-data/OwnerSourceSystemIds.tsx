import { useState, type FormEvent } from 'react';
import { useForgetOwnerSourceSystemId, useOwnerSourceSystemIds, useSetOwnerSourceSystemId } from '../../../api/master-data';
import { Button, Card, fieldError, Fetched, ProblemAlert, SelectField, TextField } from '../../../ui';
import { useSourceSystemOptions } from '../../../api/source-systems';

/** How each source system names this owner: messages name owners by these ids. */
export function OwnerSourceSystemIds({ ownerId }: { ownerId: string }) {
  const sources = useSourceSystemOptions();
  const [sourceSystemId, setSourceSystemId] = useState('');
  const [externalOwnerId, setExternalOwnerId] = useState('');
  const query = useOwnerSourceSystemIds(ownerId);
  const set = useSetOwnerSourceSystemId(ownerId, { onSuccess: () => setExternalOwnerId('') });
  const forget = useForgetOwnerSourceSystemId(ownerId);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    set.mutate({ sourceSystemId, externalOwnerId });
  };
  return (
    <Card title={`Source system ids of ${ownerId}`}>
      <Fetched query={query} what="Loading source system ids">
        {(data) =>
          data.items.length === 0 ? (
            <p className="qs-muted">No source system names this owner yet.</p>
          ) : (
            <ul>
              {data.items.map((x) => (
                <li key={x.sourceSystemId}>
                  {x.sourceSystemId}: <code>{x.externalOwnerId}</code>{' '}
                  <Button variant="link" aria-label={`Forget the id in ${x.sourceSystemId}`} onClick={() => forget.mutate(x.sourceSystemId)}>
                    Forget
                  </Button>
                </li>
              ))}
            </ul>
          )
        }
      </Fetched>
      <form className="qs-row" onSubmit={submit}>
        <SelectField label="Source system" placeholder="Choose…" options={sources} value={sourceSystemId} onChange={(e) => setSourceSystemId(e.target.value)} />
        <TextField label="External owner id" value={externalOwnerId} error={fieldError(set.error, 'externalOwnerId')} onChange={(e) => setExternalOwnerId(e.target.value)} />
        <Button type="submit" disabled={!sourceSystemId} busy={set.isPending}>
          Set id
        </Button>
      </form>
      <ProblemAlert error={set.error ?? forget.error} />
    </Card>
  );
}
