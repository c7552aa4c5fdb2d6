import { InfoCard } from '@backstage/core-components';
import Alert from '@material-ui/lab/Alert';
import AlertTitle from '@material-ui/lab/AlertTitle';
import {
  useApi,
  useTranslationRef,
} from '@backstage/frontend-plugin-api';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import FormControl from '@material-ui/core/FormControl';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import FormLabel from '@material-ui/core/FormLabel';
import MenuItem from '@material-ui/core/MenuItem';
import Radio from '@material-ui/core/Radio';
import RadioGroup from '@material-ui/core/RadioGroup';
import TextField from '@material-ui/core/TextField';
import { FormEvent, useState } from 'react';
import { DECISION_OUTCOMES, DecisionOutcome, Proposal } from '@internal/plugin-spbe-common';
import { spbeApiRef } from '../../api';
import { lines } from '../../lib/proposalDraft';
import { RationaleField } from '../RationaleField';
import { spbeTranslationRef } from '../../translations';

function isConflict(error: unknown): boolean {
  return (error as { response?: { status?: number } })?.response?.status === 409;
}

/**
 * The architect's controls: take a submitted proposal into review, then
 * decide it with a rationale (and the application to reuse, or conditions).
 */
export function DecisionPanel(props: {
  proposal: Proposal;
  onChanged: () => void;
}) {
  const { t } = useTranslationRef(spbeTranslationRef);
  const spbeApi = useApi(spbeApiRef);
  const { proposal } = props;
  const candidates = proposal.analysis?.candidates ?? [];
  const [outcome, setOutcome] = useState<DecisionOutcome>(
    proposal.analysis?.recommendedVerdict === 'reuse'
      ? 'rejected-reuse'
      : 'approved-with-conditions',
  );
  const [rationale, setRationale] = useState('');
  const [conditions, setConditions] = useState('');
  const [reuseTarget, setReuseTarget] = useState(candidates[0]?.entityRef ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error>();
  const [rationaleMissing, setRationaleMissing] = useState(false);

  const run = async (action: () => Promise<unknown>) => {
    setBusy(true);
    setError(undefined);
    try {
      await action();
      props.onChanged();
    } catch (e) {
      setError(e as Error);
    } finally {
      setBusy(false);
    }
  };

  const decide = (event: FormEvent) => {
    event.preventDefault();
    if (!rationale.trim()) {
      setRationaleMissing(true);
      return;
    }
    run(() =>
      spbeApi.decideProposal(proposal.id, {
        version: proposal.version,
        outcome,
        rationale: rationale.trim(),
        conditions:
          outcome === 'approved-with-conditions' ? lines(conditions) : undefined,
        reuseTarget:
          outcome === 'rejected-reuse' && reuseTarget ? reuseTarget : undefined,
      }),
    );
  };

  // Shown open (not as a collapsed error panel): a conflict or a refusal is what the reviewer must read next.
  const errorPanel = error && (
    <Alert severity={isConflict(error) ? 'warning' : 'error'} role="alert">
      <AlertTitle>{isConflict(error) ? t('decision.conflict') : t('decision.error')}</AlertTitle>
      {error.message}
    </Alert>
  );

  if (proposal.status === 'submitted') {
    return (
      <InfoCard title={t('decision.title')}>
        <div data-testid="decision-controls">
          {errorPanel}
          <Button
            variant="contained"
            color="primary"
            disabled={busy}
            onClick={() =>
              run(() => spbeApi.startReview(proposal.id, proposal.version))
            }
          >
            {t('decision.startReview')}
          </Button>
        </div>
      </InfoCard>
    );
  }
  if (proposal.status !== 'in-review') return null;

  return (
    <InfoCard title={t('decision.title')}>
      <form noValidate onSubmit={decide} data-testid="decision-controls" aria-label={t('decision.title')}>
        <FormControl component="fieldset">
          <FormLabel component="legend">{t('decision.outcome')}</FormLabel>
          <RadioGroup
            value={outcome}
            onChange={e => setOutcome(e.target.value as DecisionOutcome)}
          >
            {DECISION_OUTCOMES.map(o => (
              <FormControlLabel
                key={o}
                value={o}
                control={<Radio />}
                label={t(`proposalStatus.${o}`)}
              />
            ))}
          </RadioGroup>
        </FormControl>
        {outcome === 'rejected-reuse' && (
          <TextField
            id="spbe-decision-reuse-target"
            select
            fullWidth
            margin="normal"
            label={t('decision.reuseTarget')}
            value={reuseTarget}
            onChange={e => setReuseTarget(e.target.value)}
            SelectProps={{ inputProps: { 'data-testid': 'decision-reuse-target' } }}
          >
            {candidates.map(c => (
              <MenuItem key={c.entityRef} value={c.entityRef}>
                {c.name}
              </MenuItem>
            ))}
          </TextField>
        )}
        {outcome === 'approved-with-conditions' && (
          <TextField
            id="spbe-decision-conditions"
            fullWidth
            multiline
            minRows={2}
            margin="normal"
            label={t('decision.conditions')}
            helperText={t('form.functionsHelp')}
            value={conditions}
            onChange={e => setConditions(e.target.value)}
          />
        )}
        <RationaleField
          id="spbe-decision-rationale"
          testId="decision-rationale"
          label={t('decision.rationale')}
          value={rationale}
          onChange={value => {
            setRationale(value);
            setRationaleMissing(false);
          }}
          missing={rationaleMissing}
          missingText={t('decision.rationaleRequired')}
        />
        {errorPanel}
        <Box mt={2}>
          <Button type="submit" variant="contained" color="primary" disabled={busy}>
            {t('decision.save')}
          </Button>
        </Box>
      </form>
    </InfoCard>
  );
}
