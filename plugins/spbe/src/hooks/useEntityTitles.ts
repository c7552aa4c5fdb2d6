import { useApiHolder } from '@backstage/frontend-plugin-api';
import { entityPresentationApiRef } from '@backstage/plugin-catalog-react';
import { useEffect, useState } from 'react';

/**
 * The display titles of entity refs (an agency's "Kementerian Kesehatan"
 * instead of `group:default/kemenkes`), from the catalog's entity
 * presentation API, which batches and caches the lookups. Until a title
 * arrives, the map holds the presentation API's fallback for the ref; callers
 * show the ref's name for refs missing from the map.
 */
export function useEntityTitles(refs: string[]): Map<string, string> {
  // Optional, as in EntityDisplayName: without the catalog's presentation API the refs stand for themselves.
  const presentation = useApiHolder().get(entityPresentationApiRef);
  const key = refs.join('\n');
  const [titles, setTitles] = useState<Map<string, string>>(new Map());

  useEffect(() => {
    let cancelled = false;
    const wanted = key ? key.split('\n') : [];
    if (!presentation) {
      setTitles(new Map());
      return undefined;
    }
    const views = wanted.map(ref => ({ ref, view: presentation.forEntity(ref) }));
    setTitles(new Map(views.map(({ ref, view }) => [ref, view.snapshot.primaryTitle])));
    Promise.all(
      views.map(async ({ ref, view }) => [ref, (await view.promise).primaryTitle] as const),
    ).then(
      resolved => !cancelled && setTitles(new Map(resolved)),
      () => {},
    );
    return () => {
      cancelled = true;
    };
  }, [presentation, key]);

  return titles;
}
