import {
  EmptyState,
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { EntityRefLink, useEntity } from '@backstage/plugin-catalog-react';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import { usePlatformUsers } from '../../hooks/usePlatformUsers';
import { spbeTranslationRef } from '../../translations';

/** "Instansi pengguna": the agencies that reuse this national platform. */
export function PlatformUsersCard() {
  const { t } = useTranslationRef(spbeTranslationRef);
  const { entity } = useEntity();
  const { value, loading, error } = usePlatformUsers(entity);
  return (
    <InfoCard title={t('platformUsersCard.title')}>
      {loading && <Progress />}
      {error && <ResponseErrorPanel error={error} />}
      {value && value.applications === 0 && (
        <EmptyState
          missing="data"
          title={t('platformUsersCard.emptyTitle')}
          description={t('platformUsersCard.emptyDescription')}
        />
      )}
      {value && value.applications > 0 && (
        <>
          <Typography variant="body2" data-testid="platform-users-summary">
            {t('platformUsersCard.summary', {
              agencies: String(value.agencies.length),
              applications: String(value.applications),
            })}
          </Typography>
          <List dense>
            {value.agencies.slice(0, 20).map(row => (
              <ListItem key={row.agency}>
                <ListItemText
                  primary={<EntityRefLink entityRef={row.agency} />}
                  secondary={t('platformUsersCard.applications', {
                    n: String(row.applications),
                  })}
                />
              </ListItem>
            ))}
          </List>
        </>
      )}
    </InfoCard>
  );
}
