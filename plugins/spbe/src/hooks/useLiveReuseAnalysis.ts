import { useApi } from '@backstage/frontend-plugin-api';
import { useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import useDebounce from 'react-use/esm/useDebounce';
import { spbeApiRef } from '../api';
import { draftToReuseQuery, ProposalDraft } from '../lib/proposalDraft';

/** The reuse analysis of a draft, refreshed shortly after the user stops typing. */
export function useLiveReuseAnalysis(draft: ProposalDraft, delayMs = 600) {
  const spbeApi = useApi(spbeApiRef);
  const [query, setQuery] = useState(() => JSON.stringify(draftToReuseQuery(draft) ?? null));
  useDebounce(
    () => setQuery(JSON.stringify(draftToReuseQuery(draft) ?? null)),
    delayMs,
    [draft],
  );
  return useAsync(async () => {
    const parsed = JSON.parse(query);
    return parsed ? spbeApi.reuseCheck({ ...parsed, limit: 5 }) : undefined;
  }, [query, spbeApi]);
}
