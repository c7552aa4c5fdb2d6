import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  EmptyState,
  InfoCard,
  Link,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi, useTranslationRef } from '@backstage/frontend-plugin-api';
import { EntityDisplayName, useEntity } from '@backstage/plugin-catalog-react';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import useAsync from 'react-use/esm/useAsync';
import { spbeApiRef } from '../../api';
import { entityPath } from '../../lib/entityRefs';
import { useReasonTexts } from '../../hooks/useReasonText';
import { entityToReuseQuery } from '../../lib/similarQuery';
import { spbeTranslationRef } from '../../translations';
import { ScoreChip } from '../ReuseAnalysisPanel';

function isForbidden(error: unknown) {
  return (error as { response?: { status?: number } })?.response?.status === 403;
}

/** "Aplikasi serupa": applications similar to this one, with their scores. */
export function SimilarApplicationsCard() {
  const { t } = useTranslationRef(spbeTranslationRef);
  const reasonTexts = useReasonTexts();
  const { entity } = useEntity();
  const spbeApi = useApi(spbeApiRef);
  const self = stringifyEntityRef(entity);
  const { value, loading, error } = useAsync(async () => {
    const analysis = await spbeApi.reuseCheck({ ...entityToReuseQuery(entity), limit: 8 });
    return analysis.candidates.filter(c => c.entityRef !== self).slice(0, 6);
  }, [spbeApi, self]);

  return (
    <InfoCard title={t('similarCard.title')}>
      {loading && <Progress />}
      {error && isForbidden(error) && (
        <Typography variant="body2">{t('similarCard.forbidden')}</Typography>
      )}
      {error && !isForbidden(error) && <ResponseErrorPanel error={error} />}
      {value && value.length === 0 && (
        <EmptyState missing="data" title={t('similarCard.empty')} />
      )}
      {value && value.length > 0 && (
        <List dense data-testid="similar-applications">
          {value.map(c => (
            <ListItem key={c.entityRef}>
              <ListItemText
                primary={<Link to={entityPath(c.entityRef)}>{c.name}</Link>}
                secondary={
                  <>
                    {c.agency && <EntityDisplayName entityRef={c.agency} hideIcon />}
                    {c.agency && reasonTexts(c)[0] && ' · '}
                    {reasonTexts(c)[0]}
                  </>
                }
              />
              <ScoreChip score={c.score} />
            </ListItem>
          ))}
        </List>
      )}
    </InfoCard>
  );
}
