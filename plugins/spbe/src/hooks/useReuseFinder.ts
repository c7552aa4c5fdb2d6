import { Entity } from '@backstage/catalog-model';
import { useApi } from '@backstage/frontend-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import useAsync from 'react-use/esm/useAsync';
import { ReuseCandidate } from '@internal/plugin-spbe-common';
import { spbeApiRef } from '../api';
import { needToQuery, rankForFinder } from '../lib/finderRanking';

export interface FinderResult {
  candidate: ReuseCandidate;
  entity?: Entity;
}

/**
 * Ranked reusable services for a need typed in free text, with their
 * catalog entities (for descriptions and integration links).
 */
export function useReuseFinder(need: string) {
  const spbeApi = useApi(spbeApiRef);
  const catalogApi = useApi(catalogApiRef);
  return useAsync(async (): Promise<FinderResult[] | undefined> => {
    if (!need.trim()) return undefined;
    const analysis = await spbeApi.reuseCheck({ ...needToQuery(need), limit: 20 });
    const ranked = rankForFinder(analysis.candidates);
    const { items } = await catalogApi.getEntitiesByRefs({
      entityRefs: ranked.map(c => c.entityRef),
      fields: ['kind', 'metadata', 'relations'],
    });
    return ranked.map((candidate, i) => ({
      candidate,
      entity: items[i],
    }));
  }, [need, spbeApi, catalogApi]);
}
