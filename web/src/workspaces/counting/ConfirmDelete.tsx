import type { UseMutationResult } from '@tanstack/react-query';
import { Alert, Button, ProblemAlert } from '../../ui';

/**
 * The question asked before a row is deleted, shown above its table: deleting a plan or threshold cannot be
 * undone, so one stray click on a row's button must not do it.
 */
export function ConfirmDelete({ what, consequence, remove, onKeep }: { what: string; consequence: string; remove: UseMutationResult<unknown, Error, void>; onKeep: () => void }) {
  return (
    <div className="qs-stack">
      <Alert tone="warn" title={`Delete ${what}?`}>
        {consequence}
      </Alert>
      <div className="qs-row">
        <Button variant="danger" busy={remove.isPending} onClick={() => remove.mutate()}>
          Yes, delete {what}
        </Button>
        <Button variant="secondary" onClick={onKeep}>
          Keep it
        </Button>
      </div>
      <ProblemAlert error={remove.error} />
    </div>
  );
}
