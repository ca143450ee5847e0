import { useState, type ReactNode } from 'react';
import { useWarehouses } from '../api/warehouses';
import { useTranslation } from '../i18n';
import { Button, Fetched } from '../ui';
import { ScanStep } from './ScanStep';

const KEY = 'quayside.mobile.warehouse';

function stored(): string | undefined {
  return window.localStorage.getItem(KEY) ?? undefined;
}

/** "Warehouse WH1 (change)" under a screen's title. */
export function WarehouseLine({ warehouseId, change }: { warehouseId: string; change?: (() => void) | undefined }) {
  const { t } = useTranslation('mobile');
  return (
    <p className="qs-muted">
      {t('warehouse.line', { warehouseId })}{' '}
      {change && (
        <Button variant="link" onClick={change}>
          {t('warehouse.change')}
        </Button>
      )}
    </p>
  );
}

/**
 * The warehouse a handheld works in. With one warehouse there is nothing to choose; otherwise the
 * worker picks (or scans) it once and the device remembers it.
 */
export function WithWarehouse({ children }: { children: (warehouseId: string, change: (() => void) | undefined) => ReactNode }) {
  const { t } = useTranslation('mobile');
  const [chosen, setChosen] = useState(stored);
  const [error, setError] = useState<string>();
  const warehouses = useWarehouses(60_000);

  const choose = (id: string | undefined) => {
    if (id) window.localStorage.setItem(KEY, id);
    else window.localStorage.removeItem(KEY);
    setChosen(id);
  };

  return (
    <Fetched query={warehouses} what={t('warehouse.loading')}>
      {(page) => {
        const ids = page.items.map((w) => w.warehouseId);
        if (ids.length === 1 && ids[0]) return children(ids[0], undefined);
        if (chosen && ids.includes(chosen)) return children(chosen, () => choose(undefined));
        return (
          <div className="qs-stack">
            <ScanStep
              label={t('warehouse.label')}
              hint={t('warehouse.hint')}
              error={error}
              onScan={(value) => {
                const match = ids.find((id) => id.toUpperCase() === value.toUpperCase());
                if (match) {
                  setError(undefined);
                  choose(match);
                } else setError(t('warehouse.none', { value }));
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
