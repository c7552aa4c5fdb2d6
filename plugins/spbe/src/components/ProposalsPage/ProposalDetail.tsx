import {
  ErrorPanel,
  InfoCard,
  Progress,
} from '@backstage/core-components';
import {
  useApi,
  useTranslationRef,
} from '@backstage/frontend-plugin-api';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import AlertTitle from '@material-ui/lab/AlertTitle';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { Proposal } from '@internal/plugin-spbe-common';
import { spbeApiRef } from '../../api';
import { useCanDecide } from '../../hooks/useSpbePermissions';
import { EntityDisplayName } from '@backstage/plugin-catalog-react';
import { useFormatDateTime } from '../../hooks/useFormatDateTime';
import { EntityName } from '../EntityName';
import { spbeTranslationRef } from '../../translations';
import { ReuseAnalysisPanel } from '../ReuseAnalysisPanel';
import { DecisionPanel } from './DecisionPanel';
import { ProposalHistory } from './ProposalHistory';
import { ProposalStatusChip } from './ProposalStatusChip';

const FINAL = ['approved', 'approved-with-conditions', 'rejected-reuse', 'withdrawn'];

function Outcome(props: { proposal: Proposal }) {
  const { t } = useTranslationRef(spbeTranslationRef);
  const formatTime = useFormatDateTime();
  const { decision } = props.proposal;
  if (!decision) return null;
  return (
    <Alert
      severity={decision.outcome === 'rejected-reuse' ? 'warning' : 'success'}
      data-testid="proposal-outcome"
    >
      <AlertTitle>
        {t('detail.outcome')}: {t(`proposalStatus.${decision.outcome}`)}
      </AlertTitle>
      <Typography variant="body2">{decision.rationale}</Typography>
      {decision.reuseTarget && (
        <Typography variant="body2">
          {t('detail.reuseTarget')}:{' '}
          <EntityName entityRef={decision.reuseTarget} />
        </Typography>
      )}
      {decision.conditions.length > 0 && (
        <ul>
          {decision.conditions.map(c => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      )}
      <Typography variant="caption">
        <EntityDisplayName entityRef={decision.reviewer} hideIcon disableTooltip /> ·{' '}
        {formatTime(decision.decidedAt)}
      </Typography>
    </Alert>
  );
}

/**
 * One proposal: its content beside its reuse candidates, evidence and DPI
 * requirements; the decision (for architects, the controls to make it); the
 * history.
 */
export function ProposalDetail() {
  const { t } = useTranslationRef(spbeTranslationRef);
  const spbeApi = useApi(spbeApiRef);
  const { id = '' } = useParams();
  const canDecide = useCanDecide();
  const state = useAsyncRetry(() => spbeApi.getProposal(id), [spbeApi, id]);
  const [withdrawError, setWithdrawError] = useState<Error>();

  if (state.loading && !state.value) return <Progress />;
  if (state.error) {
    return <ErrorPanel error={state.error} title={t('detail.loadError')} />;
  }
  if (!state.value) return null;
  const { proposal, history } = state.value;

  const withdraw = async () => {
    setWithdrawError(undefined);
    try {
      await spbeApi.withdrawProposal(proposal.id, { version: proposal.version });
      state.retry();
    } catch (e) {
      setWithdrawError(e as Error);
    }
  };

  return (
    <Grid container spacing={3} data-testid="proposal-detail">
      <Grid item xs={12}>
        <Box display="flex" alignItems="center" gridGap={16}>
          <Typography variant="h4" component="h2">
            {proposal.name}
          </Typography>
          <ProposalStatusChip status={proposal.status} />
        </Box>
        <Outcome proposal={proposal} />
      </Grid>
      <Grid item xs={12} md={5}>
        <InfoCard title={t('detail.proposal')}>
          <Typography variant="body1" paragraph>
            {proposal.description}
          </Typography>
          <Typography variant="subtitle2">{t('form.functions')}</Typography>
          <ul>
            {proposal.functions.map(f => (
              <li key={f}>{f}</li>
            ))}
          </ul>
          {(proposal.dataUsed ?? []).length > 0 && (
            <>
              <Typography variant="subtitle2">{t('form.dataUsed')}</Typography>
              <ul>
                {(proposal.dataUsed ?? []).map(f => (
                  <li key={f}>{f}</li>
                ))}
              </ul>
            </>
          )}
          <Typography variant="body2">
            {t('form.agency')}:{' '}
            <EntityName entityRef={proposal.agency} />
          </Typography>
          {proposal.estimatedBudget !== undefined && (
            <Typography variant="body2">
              {t('form.budget')}: Rp{' '}
              {proposal.estimatedBudget.toLocaleString('id-ID')}
            </Typography>
          )}
          <Typography variant="body2" color="textSecondary">
            {t('detail.createdBy', {
              user: <EntityDisplayName entityRef={proposal.createdBy} hideIcon disableTooltip />,
            })}
          </Typography>
          {!FINAL.includes(proposal.status) && !canDecide.allowed && (
            <Box mt={2}>
              {withdrawError && (
                <ErrorPanel error={withdrawError} title={t('decision.error')} />
              )}
              <Button variant="outlined" onClick={withdraw}>
                {t('detail.withdraw')}
              </Button>
            </Box>
          )}
        </InfoCard>
        <Box mt={3}>
          <InfoCard title={t('detail.history')}>
            <ProposalHistory history={history} />
          </InfoCard>
        </Box>
      </Grid>
      <Grid item xs={12} md={7}>
        {canDecide.allowed && (
          <Box mb={3}>
            <DecisionPanel proposal={proposal} onChanged={state.retry} />
          </Box>
        )}
        <InfoCard title={t('detail.analysis')}>
          {proposal.analysis ? (
            <ReuseAnalysisPanel analysis={proposal.analysis} />
          ) : (
            <Typography variant="body2">{t('detail.noAnalysis')}</Typography>
          )}
        </InfoCard>
      </Grid>
    </Grid>
  );
}
