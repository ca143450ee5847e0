import { useConsistencyCheck, useLastConsistencyCheck } from '../../api/inventory';
import { useTranslation } from '../../i18n';
import { Alert, Button, Card, Fetched, formatDateTime, formatQuantity, ProblemAlert } from '../../ui';
import { describeDimensions } from './dimensions';

/** Recomputes every balance from the ledger on demand; a difference would be a bug worth reporting. */
export function ConsistencyCheck() {
  const { t } = useTranslation('onHand');
  const check = useConsistencyCheck();
  const result = check.data;
  const count = result ? result.differences.length + result.reservedDifferences.length : 0;
  return (
    <>
      <Card title={t('consistency.title')}>
        <p>{t('consistency.intro')}</p>
        <div>
          <Button busy={check.isPending} onClick={() => check.mutate()}>
            {t('consistency.check')}
          </Button>
        </div>
        <ProblemAlert error={check.error} />
        {result &&
          (result.consistent ? (
            <Alert tone="ok" title={t('consistency.agree')}>
              {t('consistency.checked', { at: formatDateTime(result.checkedAt) })}
            </Alert>
          ) : (
            <Alert tone="bad" title={t('consistency.differences', { count })}>
              <div>{t('consistency.checked', { at: formatDateTime(result.checkedAt) })}</div>
              <ul>
                {result.differences.map((d, i) => (
                  <li key={`p${String(i)}`}>
                    {t('consistency.physical', { where: describeDimensions(d.dimensions), ledger: formatQuantity(d.ledgerQuantity), balance: formatQuantity(d.balanceQuantity) })}
                  </li>
                ))}
                {result.reservedDifferences.map((d, i) => (
                  <li key={`r${String(i)}`}>
                    {t('consistency.reserved', { where: describeDimensions(d.dimensions), held: formatQuantity(d.heldQuantity), balance: formatQuantity(d.reservedQuantity) })}
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
  const { t } = useTranslation('onHand');
  const query = useLastConsistencyCheck();
  return (
    <Card title={t('consistency.backgroundTitle')}>
      <p>{t('consistency.background')}</p>
      <Fetched query={query} what={t('consistency.loading')}>
        {(data) => {
          const last = data.items[0];
          if (!last) return <Alert tone="warn" title={t('consistency.notRun')} />;
          if (last.consistent) {
            return (
              <Alert tone="ok" title={t('consistency.agreedLast')}>
                {t('consistency.checkedItems', { at: formatDateTime(last.checkedAt), count: last.itemsChecked })}
              </Alert>
            );
          }
          const shown = last.differences.length;
          return (
            <Alert tone="bad" title={t('consistency.lastFound', { physical: last.physicalDifferenceCount, reserved: last.reservedDifferenceCount })}>
              <div>{t('consistency.checked', { at: formatDateTime(last.checkedAt) })}</div>
              <ul>
                {last.differences.map((d, i) => (
                  <li key={i}>
                    {t(d.kind === 'Physical' ? 'consistency.physical' : 'consistency.reserved', { where: describeDimensions(d), ledger: formatQuantity(d.expectedQuantity), held: formatQuantity(d.expectedQuantity), balance: formatQuantity(d.balanceQuantity) })}
                  </li>
                ))}
              </ul>
              {shown < last.physicalDifferenceCount + last.reservedDifferenceCount && <div>{t('consistency.firstListed', { count: shown })}</div>}
            </Alert>
          );
        }}
      </Fetched>
    </Card>
  );
}
