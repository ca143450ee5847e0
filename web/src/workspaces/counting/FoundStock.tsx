import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n';
import { useRegisterCounts, type Journal } from '../../api/counting-journals';
import { Button, Card, fieldError, ProblemAlert, TextField } from '../../ui';

const EMPTY = { itemNumber: '', locationId: '', licensePlateId: '', ownerId: '', inventoryStatusId: '', batchNumber: '', countedQuantity: '' };

/** A count of stock the journal has no line for (found on the shelf): the server adds the line. */
export function FoundStock({ journal }: { journal: Journal }) {
  const { t } = useTranslation('counting');
  const [form, setForm] = useState(EMPTY);
  const set = (name: keyof typeof EMPTY) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [name]: e.target.value }));
  const count = useRegisterCounts(journal.journalId, { onSuccess: () => setForm(EMPTY) });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    count.mutate([
      {
        dimensions: {
          itemNumber: form.itemNumber,
          ownerId: form.ownerId,
          inventoryStatusId: form.inventoryStatusId,
          locationId: form.locationId || null,
          licensePlateId: form.licensePlateId || null,
          batchNumber: form.batchNumber || null,
        },
        countedQuantity: Number(form.countedQuantity),
      },
    ]);
  };
  return (
    <Card title={t('found.title')}>
      <form className="qs-stack" onSubmit={submit} aria-label={t('found.title')}>
        <div className="qs-row">
          <TextField label={t('found.item')} required value={form.itemNumber} onChange={set('itemNumber')} error={fieldError(count.error, 'itemNumber')} />
          <TextField label={t('found.location')} value={form.locationId} onChange={set('locationId')} error={fieldError(count.error, 'locationId')} />
          <TextField label={t('found.licensePlate')} value={form.licensePlateId} onChange={set('licensePlateId')} error={fieldError(count.error, 'licensePlateId')} />
          <TextField label={t('found.owner')} required value={form.ownerId} onChange={set('ownerId')} error={fieldError(count.error, 'ownerId')} />
          <TextField label={t('found.status')} required value={form.inventoryStatusId} onChange={set('inventoryStatusId')} error={fieldError(count.error, 'inventoryStatusId')} />
          <TextField label={t('found.batch')} value={form.batchNumber} onChange={set('batchNumber')} error={fieldError(count.error, 'batchNumber')} />
          <TextField label={t('found.quantity')} type="number" min="0" step="any" required value={form.countedQuantity} onChange={set('countedQuantity')} error={fieldError(count.error, 'countedQuantity')} />
        </div>
        <ProblemAlert error={count.error} />
        <div>
          <Button type="submit" busy={count.isPending}>
            {t('found.register')}
          </Button>
        </div>
      </form>
    </Card>
  );
}
