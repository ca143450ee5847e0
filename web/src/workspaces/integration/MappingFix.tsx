import { useState, type FormEvent } from 'react';
import type { MessageDetails } from '../../api/messages';
import { useMapItem } from '../../api/source-systems';
import { useTranslation } from '../../i18n';
import { Alert, Button, Card, fieldError, Lookup, ProblemAlert } from '../../ui';

/** The source system's item numbers the message's last failure could not resolve to an item. */
export function unresolvedItemNumbers(message: MessageDetails): string[] {
  const errors = message.log.filter((l) => l.level === 'error');
  // The last failed attempt's reasons: an earlier attempt may have failed on what was fixed since.
  const last = Math.max(...errors.map((l) => l.attempt), -1);
  const numbers = errors.filter((l) => l.attempt === last && l.field?.endsWith('itemNumber') && l.value).map((l) => l.value as string);
  return [...new Set(numbers)];
}

function MappingRow({ sourceSystemId, externalItemNumber }: { sourceSystemId: string; externalItemNumber: string }) {
  const { t } = useTranslation('integration');
  const [itemNumber, setItemNumber] = useState('');
  const map = useMapItem(sourceSystemId);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    map.mutate({ externalItemNumber, itemNumber: itemNumber.trim() });
  };
  return (
    <form className="qs-stack" onSubmit={submit} aria-label={t('mapping.formLabel', { externalItemNumber })}>
      <div className="qs-row">
        <p>
          <strong>{externalItemNumber}</strong> {t('mapping.mapsTo')}
        </p>
        <Lookup kind="item" label={t('mapping.item')} value={itemNumber} onChange={setItemNumber} required error={fieldError(map.error, 'itemNumber')} />
        <Button type="submit" busy={map.isPending} disabled={itemNumber.trim() === ''}>
          {t('mapping.save')}
        </Button>
      </div>
      {map.isSuccess && (
        <Alert tone="ok" title={t('mapping.saved', { externalItemNumber, itemNumber: map.data.itemNumber })}>
          {t('mapping.nowProcess')}
        </Alert>
      )}
      <ProblemAlert error={map.error} />
    </form>
  );
}

/**
 * For a message that failed because the source system's item number maps to no item: map it here (prefilled
 * from the failure, the item chosen from a lookup), then process the message again. Operators may do this
 * themselves: item mappings are theirs to write.
 */
export function MappingFix({ message }: { message: MessageDetails }) {
  const { t } = useTranslation('integration');
  const numbers = unresolvedItemNumbers(message);
  if (numbers.length === 0) return null;
  return (
    <Card title={t('mapping.title')}>
      <p>{t('mapping.intro', { sourceSystemId: message.sourceSystemId })}</p>
      {numbers.map((n) => (
        <MappingRow key={n} sourceSystemId={message.sourceSystemId} externalItemNumber={n} />
      ))}
    </Card>
  );
}
