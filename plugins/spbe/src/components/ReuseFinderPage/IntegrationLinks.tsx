import { Entity, RELATION_PROVIDES_API } from '@backstage/catalog-model';
import { Link } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import Box from '@material-ui/core/Box';
import { entityPath, techDocsPath } from '../../lib/entityRefs';
import { spbeTranslationRef } from '../../translations';

const TECHDOCS_ANNOTATION = 'backstage.io/techdocs-ref';

/** How to integrate with a service: its API docs, its TechDocs, its catalog page. */
export function IntegrationLinks(props: { entityRef: string; entity?: Entity }) {
  const { t } = useTranslationRef(spbeTranslationRef);
  const { entity, entityRef } = props;
  const apis = (entity?.relations ?? []).filter(
    r => r.type === RELATION_PROVIDES_API,
  );
  const hasDocs = Boolean(entity?.metadata.annotations?.[TECHDOCS_ANNOTATION]);
  return (
    <Box display="flex" gridGap={16} flexWrap="wrap" mt={1}>
      <Link to={entityPath(entityRef)}>{t('finder.openEntity')}</Link>
      {apis.map(api => (
        <Link key={api.targetRef} to={`${entityPath(api.targetRef)}/definition`}>
          {t('finder.apiDocs')}
        </Link>
      ))}
      {hasDocs && (
        <Link to={techDocsPath(entityRef)}>{t('finder.techDocs')}</Link>
      )}
      {(entity?.metadata.links ?? []).slice(0, 1).map(link => (
        <Link key={link.url} to={link.url}>
          {link.title ?? link.url}
        </Link>
      ))}
    </Box>
  );
}
