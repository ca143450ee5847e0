import { useConsistencyCheck, useLastConsistencyCheck } from '../../api/inventory';
import { Alert, Button, Card, Fetched, formatDateTime, formatQuantity, ProblemAlert } from '../../ui';
import { describeDimensions } from './dimensions';

/** Recomputes every balance from the ledger on demand; a difference would be a bug worth reporting. */
export function ConsistencyCheck() {
  const check = useConsistencyCheck();
  const result = check.data;
  const count = result ? result.differences.length + result.reservedDifferences.length : 0;
  return (
    <>
      <Card title="Ledger and balances">
        <p>
          Every on-hand figure is kept as a balance and can be recomputed from the ledger, and every reserved quantity from the order lines that hold it. The check does that for all
          stock and compares.
        </p>
        <div>
          <Button busy={check.isPending} onClick={() => check.mutate()}>
            Check consistency
          </Button>
        </div>
        <ProblemAlert error={check.error} />
        {result &&
          (result.consistent ? (
            <Alert tone="ok" title="Ledger and balances agree">
              Checked {formatDateTime(result.checkedAt)}.
            </Alert>
          ) : (
            <Alert tone="bad" title={`${String(count)} difference${count === 1 ? '' : 's'} between the ledger, the reservations and the balances`}>
              <div>Checked {formatDateTime(result.checkedAt)}.</div>
              <ul>
                {result.differences.map((d, i) => (
                  <li key={`p${String(i)}`}>
                    {describeDimensions(d.dimensions)}: ledger {formatQuantity(d.ledgerQuantity)}, balance {formatQuantity(d.balanceQuantity)}
                  </li>
                ))}
                {result.reservedDifferences.map((d, i) => (
                  <li key={`r${String(i)}`}>
                    {describeDimensions(d.dimensions)}: reservations hold {formatQuantity(d.heldQuantity)}, balance reserved {formatQuantity(d.reservedQuantity)}
                  </li>
                ))}
              </ul>
            </Alert>
          ))}
      </Card>
      <BackgroundCheck />
    </>
  );
}

/** What the background process found last: it runs every 10 minutes unless its schedule was changed. */
function BackgroundCheck() {
  const query = useLastConsistencyCheck();
  return (
    <Card title="Background check">
      <p>
        The background process <em>Check the inventory balances against the ledger and the reservations</em> does the same every 10 minutes (its schedule is with the other
        background processes in integration monitoring) and raises the staff event <code>inventoryConsistency.differencesFound</code> when it finds something new.
      </p>
      <Fetched query={query} what="Loading the last background check">
        {(data) => {
          const last = data.items[0];
          if (!last) return <Alert tone="warn" title="The background check has not run yet" />;
          if (last.consistent) {
            return (
              <Alert tone="ok" title="Agreed at the last background check">
                Checked {formatDateTime(last.checkedAt)}, {String(last.itemsChecked)} items.
              </Alert>
            );
          }
          const shown = last.differences.length;
          return (
            <Alert tone="bad" title={`The last background check found ${String(last.physicalDifferenceCount)} physical and ${String(last.reservedDifferenceCount)} reserved differences`}>
              <div>Checked {formatDateTime(last.checkedAt)}.</div>
              <ul>
                {last.differences.map((d, i) => (
                  <li key={i}>
                    {describeDimensions(d)}: {d.kind === 'Physical' ? 'ledger' : 'reservations hold'} {formatQuantity(d.expectedQuantity)}, balance {d.kind === 'Physical' ? '' : 'reserved '}
                    {formatQuantity(d.balanceQuantity)}
                  </li>
                ))}
              </ul>
              {shown < last.physicalDifferenceCount + last.reservedDifferenceCount && <div>The first {String(shown)} are listed.</div>}
            </Alert>
          );
        }}
      </Fetched>
    </Card>
  );
}
