import { useConsistencyCheck } from '../../api/inventory';
import { Alert, Button, Card, formatDateTime, formatQuantity, ProblemAlert } from '../../ui';
import { describeDimensions } from './dimensions';

/** Recomputes every balance from the ledger on demand; a difference would be a bug worth reporting. */
export function ConsistencyCheck() {
  const check = useConsistencyCheck();
  const result = check.data;
  return (
    <Card title="Ledger and balances">
      <p>Every on-hand figure is kept as a balance and can be recomputed from the ledger. The check does that for all stock and compares.</p>
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
          <Alert tone="bad" title={`${String(result.differences.length)} differences between the ledger and the balances`}>
            <div>Checked {formatDateTime(result.checkedAt)}.</div>
            <ul>
              {result.differences.map((d, i) => (
                <li key={i}>
                  {describeDimensions(d.dimensions)}: ledger {formatQuantity(d.ledgerQuantity)}, balance {formatQuantity(d.balanceQuantity)}
                </li>
              ))}
            </ul>
          </Alert>
        ))}
    </Card>
  );
}
