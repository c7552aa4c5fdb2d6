import { InfoCard } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { DashboardTotals } from '@internal/plugin-spbe-common';
import { KPI_KEYS, kpis } from '../../lib/dashboardFigures';
import { spbeTranslationRef } from '../../translations';

function format(key: string, value: number): string {
  return key === 'budgetAvoided'
    ? `Rp ${value.toLocaleString('id-ID')}`
    : value.toLocaleString('id-ID');
}

/** The headline figures; each carries its raw number in `data-value`. */
export function KpiCards(props: { totals: DashboardTotals }) {
  const { t } = useTranslationRef(spbeTranslationRef);
  const figures = kpis(props.totals);
  return (
    <Grid container spacing={2}>
      {KPI_KEYS.map(key => (
        <Grid item xs={12} sm={6} md key={key}>
          <InfoCard title={t(`kpi.${key}`)} variant="gridItem">
            <Typography
              variant="h4"
              component="p"
              data-testid={`kpi-${key}`}
              data-value={figures[key]}
            >
              {format(key, figures[key])}
            </Typography>
          </InfoCard>
        </Grid>
      ))}
    </Grid>
  );
}
