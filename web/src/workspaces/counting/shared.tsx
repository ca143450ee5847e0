import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { ResponseOf } from '../../api/types';
import { useUser } from '../../auth/AuthProvider';
import { SelectField } from '../../ui';
import type { SelectFieldProps } from '../../ui/Field';

export type JournalLine = ResponseOf<'/api/v1/counting-journals/{journalId}', 'get'>['lines'][number];

/** The warehouses to choose from; a warehouse has a few dozen at most, so one page is all of them. */
export function WarehouseSelect(props: Omit<SelectFieldProps, 'options' | 'label'> & { label?: string }) {
  const warehouses = useQuery({
    queryKey: ['warehouses', 'all'],
    queryFn: () => unwrap(api.GET('/api/v1/warehouses', { params: { query: { limit: 200 } } })),
    staleTime: 10 * 60_000,
  });
  const options = (warehouses.data?.items ?? []).map((w) => ({ value: w.warehouseId, label: `${w.warehouseId} · ${w.name}` }));
  return <SelectField label="Warehouse" {...props} options={options} />;
}

/** Counting decisions (posting, review) are the managers'; planners see and create work. */
export function useMayDecide(): boolean {
  const role = useUser().role;
  return role === 'admin' || role === 'warehouse_manager';
}

/** "A-01, A-02  B-03" → ["A-01", "A-02", "B-03"]: ids typed or pasted as a list. */
export function splitIds(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A number field's value for the API: empty means "not given". */
export function optionalNumber(text: string): number | undefined {
  return text.trim() === '' ? undefined : Number(text);
}

export function where(line: { warehouseId: string; locationId: string | null; licensePlateId: string | null }): string {
  return [line.warehouseId, line.locationId, line.licensePlateId].filter(Boolean).join(' / ');
}
