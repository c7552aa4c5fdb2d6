import { Link } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import AlertTitle from '@material-ui/lab/AlertTitle';
import { ReuseAnalysis } from '@internal/plugin-spbe-common';
import { entityPath, refName } from '../../lib/entityRefs';
import { spbeTranslationRef } from '../../translations';
import { CandidateList } from './CandidateList';

const SEVERITY = {
  reuse: 'warning',
  'approve-with-conditions': 'info',
  approve: 'success',
} as const;

/**
 * The reuse analysis of a planned application: the verdict (a warning when
 * an existing application should be reused), the candidates with their
 * evidence, and the DPI building blocks it must use.
 */
export function ReuseAnalysisPanel(props: { analysis: ReuseAnalysis }) {
  const { t } = useTranslationRef(spbeTranslationRef);
  const { analysis } = props;
  const top = analysis.candidates[0];
  return (
    <div data-testid="reuse-analysis">
      <Alert
        severity={SEVERITY[analysis.recommendedVerdict]}
        data-testid={`reuse-verdict-${analysis.recommendedVerdict}`}
      >
        <AlertTitle>
          {analysis.recommendedVerdict === 'reuse'
            ? t('analysis.verdict.reuse', { name: top?.name ?? '' })
            : t(`analysis.verdict.${analysis.recommendedVerdict}`)}
        </AlertTitle>
        {analysis.summary}
      </Alert>
      {analysis.candidates.length > 0 ? (
        <>
          <Typography variant="h6" component="h3" style={{ marginTop: 16 }}>
            {t('analysis.candidates')}
          </Typography>
          <CandidateList candidates={analysis.candidates} />
        </>
      ) : (
        <Typography variant="body2" style={{ marginTop: 16 }}>
          {t('analysis.noCandidates')}
        </Typography>
      )}
      <Typography variant="h6" component="h3" style={{ marginTop: 16 }}>
        {t('analysis.dpi')}
      </Typography>
      {analysis.dpiRequirements.length === 0 ? (
        <Typography variant="body2">{t('analysis.noDpi')}</Typography>
      ) : (
        <ul data-testid="dpi-requirements">
          {analysis.dpiRequirements.map(req => (
            <li key={req.block}>
              <Typography variant="body2">
                <strong>{req.block}</strong>: {req.reason}
                {req.platforms.length > 0 && (
                  <>
                    {' '}
                    ({t('analysis.dpiPlatforms')}{' '}
                    {req.platforms.map((p, i) => (
                      <span key={p}>
                        {i > 0 && ', '}
                        <Link to={entityPath(p)}>{refName(p)}</Link>
                      </span>
                    ))}
                    )
                  </>
                )}
              </Typography>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
