import {
  RELATION_MEMBER_OF,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { identityApiRef, useApi } from '@backstage/frontend-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import useAsync from 'react-use/esm/useAsync';
import { nearestAgencies } from '../lib/nearestAgencies';

/** The agencies (instansi) the signed-in user acts for, from the catalog's group tree. */
export function useUserAgencies() {
  const identityApi = useApi(identityApiRef);
  const catalogApi = useApi(catalogApiRef);
  return useAsync(async () => {
    const identity = await identityApi.getBackstageIdentity();
    const user = await catalogApi.getEntityByRef(identity.userEntityRef);
    const memberships = [
      ...identity.ownershipEntityRefs.filter(ref => ref.startsWith('group:')),
      ...(user?.relations ?? [])
        .filter(r => r.type === RELATION_MEMBER_OF)
        .map(r => r.targetRef),
    ];
    const { items } = await catalogApi.getEntities({
      filter: { kind: 'Group' },
      fields: ['kind', 'metadata.name', 'metadata.namespace', 'metadata.title', 'spec.type', 'spec.parent', 'spec.profile'],
    });
    const groups = new Map(items.map(g => [stringifyEntityRef(g), g]));
    return nearestAgencies(memberships, groups).map(ref => ({
      ref,
      title:
        (groups.get(ref)?.spec?.profile as { displayName?: string } | undefined)
          ?.displayName ??
        groups.get(ref)?.metadata.title ??
        groups.get(ref)?.metadata.name ??
        ref,
    }));
  }, [identityApi, catalogApi]);
}
