import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';

/** The registered source systems as filter options (a handful per installation, so one page is all). */
export function useSourceSystemOptions(): { value: string; label: string }[] {
  const query = useQuery({
    queryKey: ['source-systems', 'options'],
    queryFn: () => unwrap(api.GET('/api/v1/source-systems', { params: { query: { limit: 200 } } })),
    staleTime: 60_000,
  });
  return (query.data?.items ?? []).map((s) => ({ value: s.sourceSystemId, label: `${s.name} (${s.sourceSystemId})` }));
}
