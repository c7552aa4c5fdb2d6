import { ErrorPanel, InfoCard } from '@backstage/core-components';
import { useApi, useTranslationRef } from '@backstage/frontend-plugin-api';
import Button from '@material-ui/core/Button';
import TextField from '@material-ui/core/TextField';
import { FormEvent, useState } from 'react';
import { spbeApiRef } from '../../api';
import { spbeTranslationRef } from '../../translations';

/** Architects open an audit campaign for a coordinating ministry (Kemenko). */
export function CreateAuditForm(props: { onCreated: (id: string) => void }) {
  const { t } = useTranslationRef(spbeTranslationRef);
  const spbeApi = useApi(spbeApiRef);
  const [coordinator, setCoordinator] = useState('group:default/kemenko-pmk');
  const [title, setTitle] = useState('');
  const [deadline, setDeadline] = useState('');
  const [error, setError] = useState<Error>();

  const create = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    try {
      const created = await spbeApi.createAudit({ coordinator, title, deadline });
      props.onCreated(created.campaign.id);
    } catch (e) {
      setError(e as Error);
    }
  };

  return (
    <InfoCard title={t('audit.createTitle')}>
      <form onSubmit={create}>
        <TextField
          id="spbe-audit-create-coordinator"
          fullWidth
          required
          margin="normal"
          label={t('audit.coordinator')}
          value={coordinator}
          onChange={e => setCoordinator(e.target.value)}
        />
        <TextField
          id="spbe-audit-create-title"
          fullWidth
          required
          margin="normal"
          label={t('audit.campaignTitle')}
          value={title}
          onChange={e => setTitle(e.target.value)}
          inputProps={{ maxLength: 200 }}
        />
        <TextField
          id="spbe-audit-create-deadline"
          required
          margin="normal"
          type="date"
          label={t('audit.deadlineLabel')}
          InputLabelProps={{ shrink: true }}
          value={deadline}
          onChange={e => setDeadline(e.target.value)}
        />
        {error && <ErrorPanel error={error} title={t('audit.saveError')} />}
        <div>
          <Button type="submit" variant="contained" color="primary">
            {t('audit.create')}
          </Button>
        </div>
      </form>
    </InfoCard>
  );
}
