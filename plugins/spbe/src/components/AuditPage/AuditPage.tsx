import {
  Content,
  EmptyState,
  ErrorPanel,
  Header,
  Page,
  Progress,
} from '@backstage/core-components';
import { useApi, useTranslationRef } from '@backstage/frontend-plugin-api';
import Grid from '@material-ui/core/Grid';
import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { spbeApiRef } from '../../api';
import { useCanManageAudits } from '../../hooks/useSpbePermissions';
import { refName } from '../../lib/entityRefs';
import { spbeTranslationRef } from '../../translations';
import { AuditItemsTable } from './AuditItemsTable';
import { AuditProgressCard } from './AuditProgressCard';
import { CreateAuditForm } from './CreateAuditForm';

/**
 * Audit Koordinator: per coordinator, the applications under its ministries
 * with classification controls, progress against the deadline, filters.
 */
export function AuditPage() {
  const { t } = useTranslationRef(spbeTranslationRef);
  const spbeApi = useApi(spbeApiRef);
  const canManage = useCanManageAudits();
  const audits = useAsyncRetry(() => spbeApi.listAudits(), [spbeApi]);
  const [params] = useSearchParams();
  const [selected, setSelected] = useState<string | undefined>(
    params.get('kampanye') ?? undefined,
  );
  const auditId = selected ?? audits.value?.items[0]?.id;
  const detail = useAsyncRetry(
    async () => (auditId ? spbeApi.getAudit(auditId) : undefined),
    [spbeApi, auditId],
  );

  return (
    <Page themeId="tool">
      <Header title={t('audit.title')} subtitle={t('audit.subtitle')} />
      <Content>
        {audits.loading && !audits.value && <Progress />}
        {audits.error && <ErrorPanel error={audits.error} title={t('audit.loadError')} />}
        {audits.value && audits.value.items.length === 0 && (
          <EmptyState
            missing="data"
            title={t('audit.noCampaignTitle')}
            description={
              canManage.allowed ? t('audit.noCampaignArchitect') : t('audit.noCampaign')
            }
          />
        )}
        <Grid container spacing={3}>
          {audits.value && audits.value.items.length > 1 && (
            <Grid item xs={12}>
              <TextField
                id="spbe-audit-campaign"
                select
                label={t('audit.campaign')}
                value={auditId ?? ''}
                onChange={e => setSelected(e.target.value)}
                style={{ minWidth: 360 }}
              >
                {audits.value.items.map(c => (
                  <MenuItem key={c.id} value={c.id}>
                    {c.title} ({refName(c.coordinator)})
                  </MenuItem>
                ))}
              </TextField>
            </Grid>
          )}
          {detail.error && (
            <Grid item xs={12}>
              <ErrorPanel error={detail.error} title={t('audit.loadError')} />
            </Grid>
          )}
          {detail.value && (
            <>
              <Grid item xs={12} md={4}>
                <AuditProgressCard detail={detail.value} />
              </Grid>
              <Grid item xs={12} md={8}>
                <AuditItemsTable detail={detail.value} onClassified={detail.retry} />
              </Grid>
            </>
          )}
          {canManage.allowed && audits.value && (
            <Grid item xs={12} md={6}>
              <CreateAuditForm
                onCreated={id => {
                  setSelected(id);
                  audits.retry();
                }}
              />
            </Grid>
          )}
        </Grid>
      </Content>
    </Page>
  );
}
