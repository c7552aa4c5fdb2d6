import {
  Entity,
  RELATION_DEPENDS_ON,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { useApi } from '@backstage/frontend-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import {
  RELATION_CONSUMES_DPI,
  RELATION_IMPLEMENTS_DPI,
} from '@internal/plugin-spbe-common';
import useAsync from 'react-use/esm/useAsync';
import { relationTargets } from '../lib/entityRelations';
import { countByOwner } from '../lib/platformUsers';

/**
 * Agencies that reuse a national platform: owners of applications that
 * depend on it, or that consume a DPI building block it implements.
 */
export function usePlatformUsers(entity: Entity) {
  const catalogApi = useApi(catalogApiRef);
  const ref = stringifyEntityRef(entity);
  return useAsync(async () => {
    const blocks = relationTargets(entity, RELATION_IMPLEMENTS_DPI).map(b =>
      stringifyEntityRef(b),
    );
    const { items } = await catalogApi.getEntities({
      filter: [
        { kind: 'component', [`relations.${RELATION_DEPENDS_ON}`]: ref },
        ...blocks.map(block => ({
          kind: 'component',
          [`relations.${RELATION_CONSUMES_DPI}`]: block,
        })),
      ],
      fields: ['kind', 'metadata.name', 'metadata.namespace', 'spec.owner'],
    });
    return countByOwner(items.filter(e => stringifyEntityRef(e) !== ref));
  }, [catalogApi, ref]);
}
