import type { UseMutationResult } from '@tanstack/react-query';
import { useTranslation } from '../../i18n';
import { Alert, Button, ProblemAlert } from '../../ui';

/**
 * The question asked before a row is deleted, shown above its table: deleting a plan or threshold cannot be
 * undone, so one stray click on a row's button must not do it.
 */
export function ConfirmDelete({ what, consequence, remove, onKeep }: { what: string; consequence: string; remove: UseMutationResult<unknown, Error, void>; onKeep: () => void }) {
  const { t } = useTranslation('counting');
  return (
    <div className="qs-stack">
      <Alert tone="warn" title={t('confirmDelete.question', { what })}>
        {consequence}
      </Alert>
      <div className="qs-row">
        <Button variant="danger" busy={remove.isPending} onClick={() => remove.mutate()}>
          {t('confirmDelete.yes', { what })}
        </Button>
        <Button variant="secondary" onClick={onKeep}>
          {t('confirmDelete.keep')}
        </Button>
      </div>
      <ProblemAlert error={remove.error} />
    </div>
  );
}
