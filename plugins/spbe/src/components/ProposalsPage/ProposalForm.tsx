import {
  ErrorPanel,
  InfoCard,
  Progress,
} from '@backstage/core-components';
import {
  alertApiRef,
  useApi,
  useRouteRef,
  useTranslationRef,
} from '@backstage/frontend-plugin-api';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Grid from '@material-ui/core/Grid';
import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { FormEvent, useEffect, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { spbeApiRef } from '../../api';
import { useLiveReuseAnalysis } from '../../hooks/useLiveReuseAnalysis';
import { useUserAgencies } from '../../hooks/useUserAgencies';
import {
  draftProblems,
  draftToProposal,
  emptyDraft,
  ProposalDraft,
} from '../../lib/proposalDraft';
import { proposalRouteRef } from '../../routes';
import { spbeTranslationRef } from '../../translations';
import { ReuseAnalysisPanel } from '../ReuseAnalysisPanel';

/** The proposal form with the live reuse analysis beside it. */
export function ProposalForm() {
  const { t } = useTranslationRef(spbeTranslationRef);
  const spbeApi = useApi(spbeApiRef);
  const alertApi = useApi(alertApiRef);
  const navigate = useNavigate();
  const proposalLink = useRouteRef(proposalRouteRef);
  const [params] = useSearchParams();
  const need = params.get('kebutuhan') ?? '';
  const [draft, setDraft] = useState<ProposalDraft>({
    ...emptyDraft,
    description: need,
    functions: need,
  });
  const agencies = useUserAgencies();
  const analysis = useLiveReuseAnalysis(draft);
  const [submitting, setSubmitting] = useState(false);
  const [submitError, setSubmitError] = useState<Error>();
  const [showProblems, setShowProblems] = useState(false);

  useEffect(() => {
    const first = agencies.value?.[0];
    if (first && !draft.agency) setDraft(d => ({ ...d, agency: first.ref }));
  }, [agencies.value, draft.agency]);

  const set =
    (field: keyof ProposalDraft) =>
    (e: { target: { value: string } }) =>
      setDraft(d => ({ ...d, [field]: e.target.value }));
  const problems = draftProblems(draft);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (problems.length) {
      setShowProblems(true);
      return;
    }
    setSubmitting(true);
    setSubmitError(undefined);
    try {
      const proposal = await spbeApi.createProposal({
        ...draftToProposal(draft),
        submit: true,
      });
      alertApi.post({
        message: t('form.submitted', { id: proposal.id }),
        severity: 'success',
        display: 'transient',
      });
      navigate(proposalLink?.({ id: proposal.id }) ?? `./${proposal.id}`);
    } catch (e) {
      setSubmitError(e as Error);
    } finally {
      setSubmitting(false);
    }
  };

  const problemText = (field: string) =>
    showProblems && problems.includes(field as never)
      ? t(`form.problems.${field as 'name'}`)
      : undefined;

  return (
    <Grid container spacing={3}>
      <Grid item xs={12} md={6}>
        <InfoCard title={t('form.title')}>
          <form onSubmit={submit} noValidate aria-label={t('form.title')}>
            <TextField
              id="spbe-proposal-name"
              label={t('form.name')}
              value={draft.name}
              onChange={set('name')}
              fullWidth
              required
              margin="normal"
              error={Boolean(problemText('name'))}
              helperText={problemText('name')}
              inputProps={{ maxLength: 200, 'data-testid': 'proposal-name' }}
            />
            <TextField
              id="spbe-proposal-description"
              label={t('form.description')}
              value={draft.description}
              onChange={set('description')}
              fullWidth
              required
              multiline
              minRows={3}
              margin="normal"
              error={Boolean(problemText('description'))}
              helperText={problemText('description')}
              inputProps={{ maxLength: 5000, 'data-testid': 'proposal-description' }}
            />
            <TextField
              id="spbe-proposal-functions"
              label={t('form.functions')}
              value={draft.functions}
              onChange={set('functions')}
              fullWidth
              required
              multiline
              minRows={3}
              margin="normal"
              error={Boolean(problemText('functions'))}
              helperText={problemText('functions') ?? t('form.functionsHelp')}
              inputProps={{ 'data-testid': 'proposal-functions' }}
            />
            <TextField
              id="spbe-proposal-data"
              label={t('form.dataUsed')}
              value={draft.dataUsed}
              onChange={set('dataUsed')}
              fullWidth
              multiline
              minRows={2}
              margin="normal"
              helperText={t('form.functionsHelp')}
              inputProps={{ 'data-testid': 'proposal-data' }}
            />
            <TextField
              id="spbe-proposal-agency"
              select
              label={t('form.agency')}
              value={draft.agency}
              onChange={set('agency')}
              fullWidth
              required
              margin="normal"
              error={Boolean(problemText('agency')) || Boolean(agencies.error)}
              helperText={
                problemText('agency') ??
                (agencies.value?.length === 0 ? t('form.noAgency') : undefined)
              }
              SelectProps={{ inputProps: { 'data-testid': 'proposal-agency' } }}
            >
              {(agencies.value ?? []).map(a => (
                <MenuItem key={a.ref} value={a.ref}>
                  {a.title}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              id="spbe-proposal-budget"
              label={t('form.budget')}
              value={draft.estimatedBudget}
              onChange={set('estimatedBudget')}
              fullWidth
              margin="normal"
              type="number"
              error={Boolean(problemText('budget'))}
              helperText={problemText('budget')}
              inputProps={{ min: 0, 'data-testid': 'proposal-budget' }}
            />
            {submitError && (
              <ErrorPanel error={submitError} title={t('form.submitError')} />
            )}
            <Box mt={2}>
              <Button
                type="submit"
                variant="contained"
                color="primary"
                disabled={submitting}
              >
                {t('form.submit')}
              </Button>
            </Box>
          </form>
        </InfoCard>
      </Grid>
      <Grid item xs={12} md={6}>
        <InfoCard title={t('form.liveAnalysis')}>
          <div aria-live="polite">
            {analysis.loading && <Progress />}
            {analysis.error && (
              <ErrorPanel error={analysis.error} title={t('form.analysisError')} />
            )}
            {!analysis.loading && !analysis.error && !analysis.value && (
              <Typography variant="body2" color="textSecondary">
                {t('form.analysisHint')}
              </Typography>
            )}
            {!analysis.loading && analysis.value && (
              <ReuseAnalysisPanel analysis={analysis.value} />
            )}
          </div>
        </InfoCard>
      </Grid>
    </Grid>
  );
}
