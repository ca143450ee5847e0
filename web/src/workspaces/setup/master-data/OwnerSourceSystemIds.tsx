import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../../i18n';
import { useForgetOwnerSourceSystemId, useOwnerSourceSystemIds, useSetOwnerSourceSystemId } from '../../../api/master-data';
import { Button, Card, fieldError, Fetched, ProblemAlert, SelectField, TextField } from '../../../ui';
import { useSourceSystemOptions } from '../../../api/source-systems';

/** How each source system names this owner: messages name owners by these ids. */
export function OwnerSourceSystemIds({ ownerId }: { ownerId: string }) {
  const { t } = useTranslation('setup');
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
    <Card title={t('ownerIds.title', { owner: ownerId })}>
      <Fetched query={query} what={t('ownerIds.loading')}>
        {(data) =>
          data.items.length === 0 ? (
            <p className="qs-muted">{t('ownerIds.none')}</p>
          ) : (
            <ul>
              {data.items.map((x) => (
                <li key={x.sourceSystemId}>
                  {x.sourceSystemId}: <code>{x.externalOwnerId}</code>{' '}
                  <Button variant="link" aria-label={t('ownerIds.forgetOne', { id: x.sourceSystemId })} onClick={() => forget.mutate(x.sourceSystemId)}>
                    {t('ownerIds.forget')}
                  </Button>
                </li>
              ))}
            </ul>
          )
        }
      </Fetched>
      <form className="qs-row" onSubmit={submit}>
        <SelectField label={t('ownerIds.sourceSystem')} placeholder={t('ownerIds.choose')} options={sources} value={sourceSystemId} onChange={(e) => setSourceSystemId(e.target.value)} />
        <TextField label={t('ownerIds.external')} value={externalOwnerId} error={fieldError(set.error, 'externalOwnerId')} onChange={(e) => setExternalOwnerId(e.target.value)} />
        <Button type="submit" disabled={!sourceSystemId} busy={set.isPending}>
          {t('ownerIds.set')}
        </Button>
      </form>
      <ProblemAlert error={set.error ?? forget.error} />
    </Card>
  );
}
