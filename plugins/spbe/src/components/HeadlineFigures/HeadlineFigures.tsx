import {
  InfoCard,
  Link,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import {
  useApi,
  useRouteRef,
  useTranslationRef,
} from '@backstage/frontend-plugin-api';
import Typography from '@material-ui/core/Typography';
import useAsync from 'react-use/esm/useAsync';
import { spbeApiRef } from '../../api';
import { dashboardRouteRef } from '../../routes';
import { spbeTranslationRef } from '../../translations';
import { KpiCards } from '../DashboardPage/KpiCards';

function isForbidden(error: unknown) {
  return (error as { response?: { status?: number } })?.response?.status === 403;
}

/**
 * The dashboard's headline figures for the home page; users who may not read
 * the dashboard are told so instead.
 *
 * @public
 */
export function HeadlineFigures() {
  const { t } = useTranslationRef(spbeTranslationRef);
  const spbeApi = useApi(spbeApiRef);
  const dashboardLink = useRouteRef(dashboardRouteRef);
  const { value, loading, error } = useAsync(() => spbeApi.dashboardSummary(), [spbeApi]);
  return (
    <InfoCard
      title={t('headline.title')}
      deepLink={
        dashboardLink ? { title: t('headline.more'), link: dashboardLink() } : undefined
      }
    >
      {loading && <Progress />}
      {error && isForbidden(error) && (
        <Typography variant="body2">
          {t('headline.forbidden')}{' '}
          {dashboardLink && <Link to={dashboardLink()}>{t('headline.more')}</Link>}
        </Typography>
      )}
      {error && !isForbidden(error) && <ResponseErrorPanel error={error} />}
      {value && <KpiCards totals={value} />}
    </InfoCard>
  );
}
