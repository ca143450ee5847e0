import { outbox } from '../api/operations';
import { usePendingOperations } from '../app/connection';
import { useTranslation } from '../i18n';
import { Empty, formatDateTime } from '../ui';
import { MobileTitle } from './MobileStep';
import { useFinishedOperations } from './offline/queue';

/**
 * What this device has sent: the steps still waiting for a connection (they go by themselves), then the
 * ones Quayside applied or refused, newest first. A worker who scanned in a dead spot sees here that the
 * step went through, once.
 */
export function QueueScreen() {
  const { t } = useTranslation('mobile');
  const pending = usePendingOperations();
  const finished = useFinishedOperations();
  const others = outbox.othersWaiting();
  return (
    <>
      <MobileTitle title={t('queue.title')} />
      {others > 0 && <p role="note">{t('queue.othersWaiting', { count: others })}</p>}
      <section className="qs-stack" aria-label={t('queue.waiting')}>
        <h3>{t('queue.waiting')}</h3>
        {pending.length === 0 ? (
          <Empty>{t('queue.noneWaiting')}</Empty>
        ) : (
          <ul className="qs-queue">
            {pending.map((op) => (
              <li key={op.operationId} data-state="waiting">
                <strong>{op.label}</strong>
                <span>{t('queue.queuedAt', { at: formatDateTime(op.queuedAt) })}</span>
                {op.lastFailure && <span>{t('queue.lastFailure', { reason: op.lastFailure })}</span>}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="qs-stack" aria-label={t('queue.finished')}>
        <h3>{t('queue.finished')}</h3>
        {finished.length === 0 ? (
          <Empty>{t('queue.noneFinished')}</Empty>
        ) : (
          <ul className="qs-queue">
            {finished.map((op) => (
              <li key={op.operationId} data-state={op.outcome}>
                <strong>{op.label}</strong>
                <span>
                  {op.outcome === 'applied' ? t('queue.applied', { at: formatDateTime(op.finishedAt) }) : t('queue.refused', { at: formatDateTime(op.finishedAt), reason: op.reason ?? '' })}
                  {op.retried ? ` ${t('queue.afterRetry')}` : ''}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
