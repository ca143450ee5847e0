import { useState, type ReactNode } from 'react';
import { useWarehouses } from '../api/warehouses';
import { Button, Fetched, ScanField } from '../ui';

const KEY = 'quayside.mobile.warehouse';

function stored(): string | undefined {
  return window.localStorage.getItem(KEY) ?? undefined;
}

/**
 * The warehouse a handheld works in. With one warehouse there is nothing to choose; otherwise the
 * worker picks (or scans) it once and the device remembers it.
 */
export function WithWarehouse({ children }: { children: (warehouseId: string, change: (() => void) | undefined) => ReactNode }) {
  const [chosen, setChosen] = useState(stored);
  const [error, setError] = useState<string>();
  const warehouses = useWarehouses(60_000);

  const choose = (id: string | undefined) => {
    if (id) window.localStorage.setItem(KEY, id);
    else window.localStorage.removeItem(KEY);
    setChosen(id);
  };

  return (
    <Fetched query={warehouses} what="Loading warehouses">
      {(page) => {
        const ids = page.items.map((w) => w.warehouseId);
        if (ids.length === 1 && ids[0]) return children(ids[0], undefined);
        if (chosen && ids.includes(chosen)) return children(chosen, () => choose(undefined));
        return (
          <div className="qs-stack">
            <ScanField
              label="Warehouse"
              hint="Scan or type the warehouse, or choose it below."
              error={error}
              onScan={(value) => {
                const match = ids.find((id) => id.toUpperCase() === value.toUpperCase());
                if (match) choose(match);
                else setError(`There is no warehouse ${value}.`);
              }}
            />
            {page.items.map((w) => (
              <Button key={w.warehouseId} variant="secondary" onClick={() => choose(w.warehouseId)}>
                {w.warehouseId} · {w.name}
              </Button>
            ))}
          </div>
        );
      }}
    </Fetched>
  );
}
