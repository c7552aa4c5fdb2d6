import { Link } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import Chip from '@material-ui/core/Chip';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import Typography from '@material-ui/core/Typography';
import Box from '@material-ui/core/Box';
import { ReactNode } from 'react';
import { ReuseCandidate } from '@internal/plugin-spbe-common';
import { EntityName } from '../EntityName';
import { entityPath } from '../../lib/entityRefs';
import { useReasonTexts } from '../../hooks/useReasonText';
import { spbeTranslationRef } from '../../translations';

/** Score of a match as a percentage. */
export function ScoreChip(props: { score: number }) {
  const { t } = useTranslationRef(spbeTranslationRef);
  return (
    <Chip
      size="small"
      label={t('analysis.score', {
        score: String(Math.round(props.score * 100)),
      })}
    />
  );
}

/**
 * Ranked reuse candidates, each with its owner and the reasons it matched
 * (the evidence); `extra` adds per-candidate content such as integration links.
 */
export function CandidateList(props: {
  candidates: ReuseCandidate[];
  extra?: (candidate: ReuseCandidate) => ReactNode;
  testId?: string;
}) {
  const { t } = useTranslationRef(spbeTranslationRef);
  const reasonTexts = useReasonTexts();
  return (
    <List data-testid={props.testId ?? 'reuse-candidates'}>
      {props.candidates.map((candidate, index) => (
        <ListItem
          key={candidate.entityRef}
          divider
          alignItems="flex-start"
          data-testid="reuse-candidate"
        >
          <Box width="100%">
            <Box display="flex" alignItems="center" flexWrap="wrap" gridGap={8}>
              <Typography variant="h6" component="h3">
                {index + 1}.{' '}
                <Link to={entityPath(candidate.entityRef)}>
                  {candidate.name}
                </Link>
              </Typography>
              {candidate.platformNasional && (
                <Chip
                  size="small"
                  color="primary"
                  label={t('analysis.platformNasional')}
                />
              )}
              <ScoreChip score={candidate.score} />
            </Box>
            {candidate.agency && (
              <Typography variant="body2" color="textSecondary">
                {t('analysis.owner')}:{' '}
                <EntityName entityRef={candidate.agency} />
              </Typography>
            )}
            {candidate.reasons.length > 0 && (
              <>
                <Typography variant="body2">{t('analysis.whyMatched')}</Typography>
                <ul data-testid="reuse-evidence">
                  {reasonTexts(candidate).map(reason => (
                    <li key={reason}>
                      <Typography variant="body2">{reason}</Typography>
                    </li>
                  ))}
                </ul>
              </>
            )}
            {props.extra?.(candidate)}
          </Box>
        </ListItem>
      ))}
    </List>
  );
}
