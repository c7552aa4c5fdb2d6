import {
  Content,
  ContentHeader,
  ErrorPanel,
  Header,
  Page,
  Progress,
} from '@backstage/core-components';
import { useApi, useTranslationRef } from '@backstage/frontend-plugin-api';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Grid from '@material-ui/core/Grid';
import { useCallback } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { spbeApiRef } from '../../api';
import { dashboardCsv } from '../../lib/dashboardFigures';
import { spbeTranslationRef } from '../../translations';
import { BreakdownChart } from './BreakdownChart';
import { ClusterExplorer } from './ClusterExplorer';
import { KpiCards } from './KpiCards';
import { SyncOperationPanel } from './SyncOperationPanel';
import { TrendChart } from './TrendChart';

function download(text: string, fileName: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  URL.revokeObjectURL(url);
}

/**
 * Dasbor Duplikasi: the leadership's headline figures, breakdowns by
 * coordinator, agency and function, the recorded trend, the duplicate
 * cluster explorer and a CSV export. Every number comes from the API.
 */
export function DashboardPage() {
  const { t } = useTranslationRef(spbeTranslationRef);
  const spbeApi = useApi(spbeApiRef);
  const summary = useAsyncRetry(() => spbeApi.dashboardSummary(), [spbeApi]);
  const trends = useAsyncRetry(() => spbeApi.dashboardTrends(90), [spbeApi]);
  const totals = summary.value;
  const { retry: retrySummary } = summary;
  const { retry: retryTrends } = trends;
  // A finished duplicate rebuild changes the figures: load them again.
  const reload = useCallback(() => {
    retrySummary();
    retryTrends();
  }, [retrySummary, retryTrends]);

  return (
    <Page themeId="tool">
      <Header title={t('dashboard.title')} subtitle={t('dashboard.subtitle')} />
      <Content>
        <ContentHeader title={t('dashboard.kpis')}>
          <Button
            variant="outlined"
            disabled={!totals}
            onClick={() =>
              totals &&
              download(
                dashboardCsv(totals),
                `dasbor-duplikasi-${new Date().toISOString().slice(0, 10)}.csv`,
              )
            }
          >
            {t('dashboard.exportCsv')}
          </Button>
        </ContentHeader>
        {summary.loading && !totals && <Progress />}
        {summary.error && (
          <>
            <ErrorPanel error={summary.error} title={t('dashboard.error')} />
            <Box mt={2}>
              <Button variant="outlined" onClick={summary.retry}>
                {t('dashboard.retry')}
              </Button>
            </Box>
          </>
        )}
        {totals && (
          <Grid container spacing={3}>
            <Grid item xs={12}>
              <KpiCards totals={totals} />
            </Grid>
            <Grid item xs={12}>
              <SyncOperationPanel onFinished={reload} />
            </Grid>
            <Grid item xs={12} md={6}>
              <BreakdownChart
                title={t('dashboard.byCoordinator')}
                rows={totals.byCoordinator}
                testId="chart-coordinator"
                entityRows
                noneLabel={t('dashboard.noCoordinator')}
              />
            </Grid>
            <Grid item xs={12} md={6}>
              <BreakdownChart
                title={t('dashboard.byAgency')}
                rows={totals.byAgency}
                testId="chart-agency"
                entityRows
              />
            </Grid>
            <Grid item xs={12} md={6}>
              <BreakdownChart
                title={t('dashboard.byFunction')}
                rows={totals.byFunction}
                testId="chart-function"
              />
            </Grid>
            <Grid item xs={12} md={6}>
              {trends.error ? (
                <ErrorPanel error={trends.error} title={t('dashboard.error')} />
              ) : (
                <TrendChart points={trends.value?.items ?? []} />
              )}
            </Grid>
            <Grid item xs={12}>
              <Box>
                <ClusterExplorer />
              </Box>
            </Grid>
          </Grid>
        )}
      </Content>
    </Page>
  );
}
