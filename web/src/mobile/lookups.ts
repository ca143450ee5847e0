import { useItem, useItemNames } from '../api/item-units';
import { useInventoryStatuses } from '../api/master-data';

export { useItem, useItemNames };

/** "Available" for AV: the inventory status's name from master data, the code where it has none. */
export function useStatusName(): (statusId: string | null | undefined) => string {
  const statuses = useInventoryStatuses();
  return (statusId) => {
    if (!statusId) return '—';
    return statuses.data?.items.find((s) => s.statusId === statusId)?.name ?? statusId;
  };
}
