import { Link } from '@backstage/core-components';
import { EntityDisplayName } from '@backstage/plugin-catalog-react';
import { entityPath } from '../lib/entityRefs';

/**
 * A link to an entity's page labelled with its display title (an agency's
 * "Kementerian Kesehatan", not `group:default/kemenkes`), from the catalog's
 * entity presentation API.
 */
export function EntityName(props: { entityRef: string }) {
  return (
    <Link to={entityPath(props.entityRef)}>
      <EntityDisplayName entityRef={props.entityRef} hideIcon disableTooltip />
    </Link>
  );
}
