import { Link, Table, TableColumn } from '@backstage/core-components';
import { useApi, useTranslationRef } from '@backstage/frontend-plugin-api';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';
import { useState } from 'react';
import { AuditDetail, AuditItem } from '@internal/plugin-spbe-common';
import { spbeApiRef } from '../../api';
import { entityPath, refName } from '../../lib/entityRefs';
import { spbeTranslationRef } from '../../translations';
import { ClassifyDialog } from './ClassifyDialog';

type ClassifiedFilter = '' | 'true' | 'false';

/** The campaign's applications, paged on the server, filtered by ministry and state. */
export function AuditItemsTable(props: {
  detail: AuditDetail;
  onClassified: () => void;
}) {
  const { t } = useTranslationRef(spbeTranslationRef);
  const spbeApi = useApi(spbeApiRef);
  const { campaign, progress } = props.detail;
  const [agency, setAgency] = useState('');
  const [classified, setClassified] = useState<ClassifiedFilter>('false');
  const [editing, setEditing] = useState<AuditItem>();
  const [refresh, setRefresh] = useState(0);

  const columns: TableColumn<AuditItem>[] = [
    {
      title: t('audit.application'),
      render: item => (
        <Link to={entityPath(item.applicationRef)}>{item.applicationName}</Link>
      ),
    },
    { title: t('list.agency'), render: item => refName(item.agency) },
    {
      title: t('audit.classification'),
      render: item =>
        item.classification
          ? t(`audit.classifications.${item.classification}`)
          : t('audit.unclassified'),
    },
    {
      title: '',
      render: item => (
        <Button
          size="small"
          variant="outlined"
          onClick={() => setEditing(item)}
          aria-label={t('audit.classifyTitle', { name: item.applicationName })}
          data-testid={`classify-${item.id}`}
        >
          {t('audit.classify')}
        </Button>
      ),
    },
  ];

  return (
    <div data-testid="audit-items">
      <Box display="flex" gridGap={16} mb={2}>
        <TextField
          id="spbe-audit-agency-filter"
          select
          label={t('list.agency')}
          value={agency}
          onChange={e => setAgency(e.target.value)}
          style={{ minWidth: 260 }}
        >
          <MenuItem value="">{t('audit.allAgencies')}</MenuItem>
          {progress
            .filter(row => row.agency)
            .map(row => (
              <MenuItem key={row.agency!} value={row.agency!}>
                {refName(row.agency)}
              </MenuItem>
            ))}
        </TextField>
        <TextField
          id="spbe-audit-state-filter"
          select
          label={t('audit.state')}
          value={classified}
          onChange={e => setClassified(e.target.value as ClassifiedFilter)}
          style={{ minWidth: 200 }}
          SelectProps={{ inputProps: { 'data-testid': 'audit-classified-filter' } }}
        >
          <MenuItem value="">{t('audit.stateAll')}</MenuItem>
          <MenuItem value="false">{t('audit.stateOpen')}</MenuItem>
          <MenuItem value="true">{t('audit.stateDone')}</MenuItem>
        </TextField>
      </Box>
      <Table<AuditItem>
        key={`${agency}|${classified}|${refresh}`}
        title={t('audit.items', { title: campaign.title })}
        columns={columns}
        options={{ search: false, paging: true, pageSize: 20, padding: 'dense' }}
        localization={{ body: { emptyDataSourceMessage: t('audit.empty') } }}
        data={query =>
          spbeApi
            .listAuditItems(campaign.id, {
              agency: agency || undefined,
              classified: classified === '' ? undefined : classified === 'true',
              limit: query.pageSize,
              offset: query.page * query.pageSize,
            })
            .then(page => ({ data: page.items, page: query.page, totalCount: page.total }))
        }
      />
      {editing && (
        <ClassifyDialog
          item={editing}
          onClose={() => setEditing(undefined)}
          onSaved={() => {
            setEditing(undefined);
            setRefresh(r => r + 1);
            props.onClassified();
          }}
        />
      )}
    </div>
  );
}
