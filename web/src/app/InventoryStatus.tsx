import { useInventoryStatuses } from '../api/master-data';

/**
 * An inventory status as people call it ("Available", the name set up in master data), not its code
 * ("AV"); the code stays in the tooltip. A status not found shows its code.
 */
export function InventoryStatusName({ id }: { id: string | null | undefined }) {
  const statuses = useInventoryStatuses();
  if (!id) return <>—</>;
  const found = statuses.data?.items.find((s) => s.statusId === id);
  return found && found.name ? <span title={id}>{found.name}</span> : <>{id}</>;
}
