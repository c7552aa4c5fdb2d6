import { InfoCard } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import Typography from '@material-ui/core/Typography';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { TrendPoint } from '@internal/plugin-spbe-common';
import { spbeTranslationRef } from '../../translations';

/** Applications and applications in duplicate clusters over the recorded days. */
export function TrendChart(props: { points: TrendPoint[] }) {
  const { t } = useTranslationRef(spbeTranslationRef);
  const data = props.points.map(p => ({
    day: p.day,
    applications: p.totals.applications ?? 0,
    duplicates: p.totals.applicationsInDuplicateClusters ?? 0,
    avoided: p.totals.proposals?.newApplicationsAvoided ?? 0,
  }));
  return (
    <InfoCard title={t('dashboard.trend')}>
      {data.length === 0 ? (
        <Typography variant="body2">{t('dashboard.noTrend')}</Typography>
      ) : (
        <ResponsiveContainer width="100%" height={260}>
          <LineChart data={data}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="day" />
            <YAxis allowDecimals={false} />
            <Tooltip />
            <Legend />
            <Line dataKey="applications" name={t('kpi.applications')} stroke="#1f5493" />
            <Line dataKey="duplicates" name={t('kpi.inDuplicateClusters')} stroke="#c0392b" />
            <Line dataKey="avoided" name={t('kpi.newApplicationsAvoided')} stroke="#27ae60" />
          </LineChart>
        </ResponsiveContainer>
      )}
    </InfoCard>
  );
}
