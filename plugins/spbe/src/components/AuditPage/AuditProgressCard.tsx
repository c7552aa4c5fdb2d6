import { InfoCard } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import Box from '@material-ui/core/Box';
import LinearProgress from '@material-ui/core/LinearProgress';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { AuditDetail } from '@internal/plugin-spbe-common';
import { auditProgress } from '../../lib/auditProgress';
import { refName } from '../../lib/entityRefs';
import { spbeTranslationRef } from '../../translations';

/** Progress of the campaign against its deadline, overall and per ministry. */
export function AuditProgressCard(props: { detail: AuditDetail }) {
  const { t } = useTranslationRef(spbeTranslationRef);
  const { campaign, progress } = props.detail;
  const p = auditProgress(campaign, progress);
  return (
    <InfoCard title={t('audit.progress')}>
      <Typography variant="body1">
        <span data-testid="audit-progress" data-classified={p.classified} data-total={p.total}>
          {t('audit.progressText', {
            classified: String(p.classified),
            total: String(p.total),
            percent: p.percent.toFixed(1),
          })}
        </span>
      </Typography>
      <LinearProgress
        variant="determinate"
        value={p.percent}
        aria-label={t('audit.progress')}
      />
      <Box mt={1}>
        <Typography variant="body2">
          {t('audit.deadline', { deadline: campaign.deadline })} ·{' '}
          {p.daysLeft >= 0
            ? t('audit.daysLeft', { n: String(p.daysLeft) })
            : t('audit.overdue')}
        </Typography>
        <Alert severity={p.onTrack ? 'success' : 'warning'}>
          {p.onTrack
            ? t('audit.onTrack')
            : t('audit.behind', { elapsed: p.timeElapsedPercent.toFixed(0) })}
        </Alert>
      </Box>
      <table style={{ width: '100%', marginTop: 8 }}>
        <thead>
          <tr>
            <th align="left">{t('list.agency')}</th>
            <th align="right">{t('audit.classified')}</th>
            <th align="right">{t('audit.total')}</th>
          </tr>
        </thead>
        <tbody>
          {progress.map(row => (
            <tr key={row.agency ?? '-'}>
              <td>{refName(row.agency) || '-'}</td>
              <td align="right">{row.classified}</td>
              <td align="right">{row.total}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </InfoCard>
  );
}
