import { useState, type FormEvent } from 'react';
import { useRegisterCounts, type Journal } from '../../api/counting-journals';
import { Button, Card, fieldError, ProblemAlert, TextField } from '../../ui';

const EMPTY = { itemNumber: '', locationId: '', licensePlateId: '', ownerId: '', inventoryStatusId: '', batchNumber: '', countedQuantity: '' };

/** A count of stock the journal has no line for (found on the shelf): the server adds the line. */
export function FoundStock({ journal }: { journal: Journal }) {
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
    <Card title="Stock found without a line">
      <form className="qs-stack" onSubmit={submit} aria-label="Stock found without a line">
        <div className="qs-row">
          <TextField label="Found item" required value={form.itemNumber} onChange={set('itemNumber')} error={fieldError(count.error, 'itemNumber')} />
          <TextField label="Found at location" value={form.locationId} onChange={set('locationId')} error={fieldError(count.error, 'locationId')} />
          <TextField label="On license plate" value={form.licensePlateId} onChange={set('licensePlateId')} error={fieldError(count.error, 'licensePlateId')} />
          <TextField label="Owned by" required value={form.ownerId} onChange={set('ownerId')} error={fieldError(count.error, 'ownerId')} />
          <TextField label="In inventory status" required value={form.inventoryStatusId} onChange={set('inventoryStatusId')} error={fieldError(count.error, 'inventoryStatusId')} />
          <TextField label="Of batch" value={form.batchNumber} onChange={set('batchNumber')} error={fieldError(count.error, 'batchNumber')} />
          <TextField label="Quantity found" type="number" min="0" step="any" required value={form.countedQuantity} onChange={set('countedQuantity')} error={fieldError(count.error, 'countedQuantity')} />
        </div>
        <ProblemAlert error={count.error} />
        <div>
          <Button type="submit" busy={count.isPending}>
            Register found stock
          </Button>
        </div>
      </form>
    </Card>
  );
}
