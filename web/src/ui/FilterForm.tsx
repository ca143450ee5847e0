import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import type { LookupKind } from '../api/lookups';
import { useTranslation } from '../i18n';
import { Button } from './Button';
import { SelectField, TextField } from './Field';
import type { ListState } from './list-state';
import { Lookup } from './Lookup';

export interface FilterDef {
  /** The list route's query parameter. */
  name: string;
  label: string;
  hint?: string;
  /** A choice instead of free text; an empty first option means "any". */
  options?: readonly (string | { value: string; label: string })[];
  /** A date picker instead of free text; the value is YYYY-MM-DD. */
  type?: 'date';
  /**
   * An id chosen from a lookup of these records (searched as you type) instead of free text. Filters named
   * like the ids they take (itemNumber, locationId, warehouseId, ownerId, sourceSystemId...) get theirs
   * without saying; `false` keeps free text.
   */
  lookup?: LookupKind | false;
}

/** The lookup a filter gets from its name, so that every screen's id filters behave alike. */
const LOOKUP_BY_NAME: Record<string, LookupKind> = {
  itemNumber: 'item',
  locationId: 'location',
  warehouseId: 'warehouse',
  shipFromWarehouseId: 'warehouse',
  receivingWarehouseId: 'warehouse',
  ownerId: 'owner',
  inventoryOwnerId: 'owner',
  sourceSystemId: 'sourceSystem',
};

export function lookupOf(field: FilterDef): LookupKind | undefined {
  if (field.lookup === false || field.options || field.type) return undefined;
  return field.lookup ?? LOOKUP_BY_NAME[field.name];
}

interface FilterFormProps {
  /** Names the search region for screen readers, e.g. "Filter on-hand". */
  label: string;
  /** The same prefix the table's useListState was given. */
  prefix: string;
  list: ListState;
  fields: readonly FilterDef[];
}

/**
 * Filters for a server-paged table, the same on every screen: typed or chosen, applied together with Enter
 * or "Apply" (one request, not one per keystroke), "Clear" empties them all; kept in the address bar by the
 * table's list state (so a reload, a link or the back button shows the same rows), and applying goes back
 * to the first page.
 */
export function FilterForm(props: FilterFormProps) {
  // A new set of filters in the address bar (a link, the back button) starts a fresh draft.
  return <FilterDraft key={JSON.stringify(props.list.filters)} {...props} />;
}

function FilterDraft({ label, prefix, list, fields }: FilterFormProps) {
  const { t } = useTranslation('table');
  const [, setParams] = useSearchParams();
  const [draft, setDraft] = useState<Record<string, string>>(() => ({ ...list.filters }));

  const apply = (values: Record<string, string>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const f of fields) {
          const value = values[f.name]?.trim() ?? '';
          if (value) next.set(`${prefix}.${f.name}`, value);
          else next.delete(`${prefix}.${f.name}`);
        }
        next.delete(`${prefix}.offset`);
        return next;
      },
      { replace: true },
    );

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    apply(draft);
  };
  const set = (name: string, value: string) => setDraft((d) => ({ ...d, [name]: value }));

  return (
    <form role="search" aria-label={label} onSubmit={onSubmit} className="qs-row">
      {fields.map((f) =>
        f.options ? (
          <SelectField key={f.name} label={f.label} hint={f.hint} options={f.options} placeholder={t('filter.any')} value={draft[f.name] ?? ''} onChange={(e) => set(f.name, e.target.value)} />
        ) : lookupOf(f) ? (
          <Lookup
            key={f.name}
            kind={lookupOf(f) ?? 'item'}
            label={f.label}
            hint={f.hint}
            value={draft[f.name] ?? ''}
            onChange={(value) => set(f.name, value)}
            // Locations of the warehouse chosen in the same filters.
            scope={lookupOf(f) === 'location' && draft.warehouseId ? { warehouseId: draft.warehouseId } : undefined}
          />
        ) : (
          <TextField key={f.name} label={f.label} hint={f.hint} type={f.type} value={draft[f.name] ?? ''} onChange={(e) => set(f.name, e.target.value)} />
        ),
      )}
      <Button type="submit">{t('filter.apply')}</Button>
      <Button
        variant="secondary"
        onClick={() => {
          setDraft({});
          apply({});
        }}
      >
        {t('filter.clear')}
      </Button>
    </form>
  );
}
