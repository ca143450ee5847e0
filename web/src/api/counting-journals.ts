import { useQuery } from '@tanstack/react-query';
import { changes } from './changes';
import { api, unwrap } from './client';
import { useApiMutation, type MutationOptions } from './mutation';
import { newOperationId } from './operations';
import { countingJournalKeys, countingJournalNameKeys } from './query-keys';
import type { ListQuery, RequestOf, ResponseOf } from './types';

export type Journal = ResponseOf<'/api/v1/counting-journals/{journalId}', 'get'>;
export type JournalName = ResponseOf<'/api/v1/counting-journal-names', 'get'>[number];
type Counts = RequestOf<'/api/v1/counting-journals/{journalId}/counts', 'post'>['counts'];

export function useCountingJournalList(query: ListQuery) {
  return useQuery({ queryKey: countingJournalKeys.list(query), queryFn: () => unwrap(api.GET('/api/v1/counting-journals', { params: { query } })) });
}

export function useCountingJournal(journalId: string) {
  return useQuery({ queryKey: countingJournalKeys.detail(journalId), queryFn: () => unwrap(api.GET('/api/v1/counting-journals/{journalId}', { params: { path: { journalId } } })) });
}

type NewJournal = RequestOf<'/api/v1/counting-journals', 'post'>;

export function useCreateCountingJournal(options?: MutationOptions<ResponseOf<'/api/v1/counting-journals', 'post'>, NewJournal>) {
  return useApiMutation({ mutationFn: (body: NewJournal) => unwrap(api.POST('/api/v1/counting-journals', { body })), invalidates: [countingJournalKeys.all] }, options);
}

/** Counts of the journal's lines, or of stock found without a line (the server adds the line). */
export function useRegisterCounts(journalId: string, options?: MutationOptions<Journal, Counts>) {
  return useApiMutation(
    {
      mutationFn: (counts: Counts) => unwrap(api.POST('/api/v1/counting-journals/{journalId}/counts', { params: { path: { journalId } }, body: { operationId: newOperationId(), counts } })),
      stores: () => countingJournalKeys.detail(journalId),
      invalidates: changes.journalCounted,
    },
    options,
  );
}

export function usePostCountingJournal(journalId: string, options?: MutationOptions<Journal>) {
  return useApiMutation(
    {
      mutationFn: () => unwrap(api.POST('/api/v1/counting-journals/{journalId}/post', { params: { path: { journalId } }, body: { operationId: newOperationId() } })),
      stores: () => countingJournalKeys.detail(journalId),
      invalidates: changes.journalCounted,
    },
    options,
  );
}

export function useCountingJournalNames() {
  return useQuery({ queryKey: countingJournalNameKeys.list(), queryFn: () => unwrap(api.GET('/api/v1/counting-journal-names')) });
}

type NewName = RequestOf<'/api/v1/counting-journal-names', 'post'>;

export function useCreateCountingJournalName(options?: MutationOptions<ResponseOf<'/api/v1/counting-journal-names', 'post'>, NewName>) {
  return useApiMutation({ mutationFn: (body: NewName) => unwrap(api.POST('/api/v1/counting-journal-names', { body })), invalidates: [countingJournalNameKeys.all] }, options);
}

/** Includes a name's postings in the warehouse inventory update log, or excludes them. */
export function useToggleJournalNameUpdateLog(options?: MutationOptions<ResponseOf<'/api/v1/counting-journal-names/{journalNameId}', 'patch'>, JournalName>) {
  return useApiMutation(
    {
      mutationFn: (n: JournalName) =>
        unwrap(
          api.PATCH('/api/v1/counting-journal-names/{journalNameId}', {
            params: { path: { journalNameId: n.journalNameId } },
            body: { excludeFromWarehouseInventoryUpdateLogs: !n.excludeFromWarehouseInventoryUpdateLogs },
          }),
        ),
      invalidates: [countingJournalNameKeys.all],
    },
    options,
  );
}
