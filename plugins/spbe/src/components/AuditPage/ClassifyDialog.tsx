import Alert from '@material-ui/lab/Alert';
import AlertTitle from '@material-ui/lab/AlertTitle';
import { useApi, useTranslationRef } from '@backstage/frontend-plugin-api';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';
import { FormEvent, useState } from 'react';
import { AUDIT_CLASSIFICATIONS, AuditClassification, AuditItem } from '@internal/plugin-spbe-common';
import { spbeApiRef } from '../../api';
import { RationaleField } from '../RationaleField';
import { spbeTranslationRef } from '../../translations';

const NEEDS_TARGET: AuditClassification[] = ['integrate', 'merge'];

/** Classifies one application of the audit: keep, make shared, integrate, merge or retire. */
export function ClassifyDialog(props: {
  item: AuditItem;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslationRef(spbeTranslationRef);
  const spbeApi = useApi(spbeApiRef);
  const { item } = props;
  const [classification, setClassification] = useState<AuditClassification>(
    item.classification ?? 'keep',
  );
  const [target, setTarget] = useState(item.target ?? '');
  const [rationale, setRationale] = useState(item.rationale ?? '');
  const [error, setError] = useState<Error>();
  const [rationaleMissing, setRationaleMissing] = useState(false);
  const [busy, setBusy] = useState(false);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!rationale.trim()) {
      setRationaleMissing(true);
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      await spbeApi.classifyAuditItem(item.campaignId, item.id, {
        version: item.version,
        classification,
        rationale: rationale.trim(),
        target:
          NEEDS_TARGET.includes(classification) && target.trim()
            ? target.trim()
            : undefined,
      });
      props.onSaved();
    } catch (e) {
      setError(e as Error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open onClose={props.onClose} fullWidth maxWidth="sm">
      <form noValidate onSubmit={save} data-testid="classify-dialog">
        <DialogTitle>
          {t('audit.classifyTitle', { name: item.applicationName })}
        </DialogTitle>
        <DialogContent>
          <TextField
            id="spbe-classify-classification"
            select
            fullWidth
            margin="normal"
            label={t('audit.classification')}
            value={classification}
            onChange={e => setClassification(e.target.value as AuditClassification)}
            SelectProps={{ inputProps: { 'data-testid': 'classify-classification' } }}
          >
            {AUDIT_CLASSIFICATIONS.map(c => (
              <MenuItem key={c} value={c}>
                {t(`audit.classifications.${c}`)}
              </MenuItem>
            ))}
          </TextField>
          {NEEDS_TARGET.includes(classification) && (
            <TextField
              id="spbe-classify-target"
              fullWidth
              margin="normal"
              label={t('audit.target')}
              helperText={t('audit.targetHelp')}
              value={target}
              onChange={e => setTarget(e.target.value)}
            />
          )}
          <RationaleField
            id="spbe-classify-rationale"
            testId="classify-rationale"
            label={t('audit.rationale')}
            value={rationale}
            onChange={value => {
              setRationale(value);
              setRationaleMissing(false);
            }}
            missing={rationaleMissing}
            missingText={t('audit.rationaleRequired')}
          />
          {error && (
            <Alert severity="error" role="alert">
              <AlertTitle>{t('audit.saveError')}</AlertTitle>
              {error.message}
            </Alert>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={props.onClose}>{t('audit.cancel')}</Button>
          <Button type="submit" color="primary" variant="contained" disabled={busy}>
            {t('audit.save')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
