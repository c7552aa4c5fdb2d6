import { Link, Table, TableColumn } from '@backstage/core-components';
import {
  useApi,
  useRouteRef,
  useTranslationRef,
} from '@backstage/frontend-plugin-api';
import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';
import { useState } from 'react';
import { Proposal, PROPOSAL_STATUSES, ProposalStatus } from '@internal/plugin-spbe-common';
import { spbeApiRef } from '../../api';
import { EntityName } from '../EntityName';
import { useFormatDateTime } from '../../hooks/useFormatDateTime';
import { proposalRouteRef } from '../../routes';
import { spbeTranslationRef } from '../../translations';
import { ProposalStatusChip } from './ProposalStatusChip';

/** Proposals the user may read, paged on the server, filtered by status. */
export function ProposalList(props: { title: string; initialStatus?: ProposalStatus }) {
  const { t } = useTranslationRef(spbeTranslationRef);
  const formatTime = useFormatDateTime();
  const spbeApi = useApi(spbeApiRef);
  const proposalLink = useRouteRef(proposalRouteRef);
  const [status, setStatus] = useState<ProposalStatus | ''>(props.initialStatus ?? '');

  const columns: TableColumn<Proposal>[] = [
    {
      title: t('list.name'),
      field: 'name',
      render: p => (
        <Link to={proposalLink?.({ id: p.id }) ?? p.id}>{p.name}</Link>
      ),
    },
    { title: t('list.agency'), render: p => (p.agency ? <EntityName entityRef={p.agency} /> : '-') },
    {
      title: t('list.status'),
      render: p => <ProposalStatusChip status={p.status} />,
    },
    {
      title: t('list.updated'),
      render: p => formatTime(p.updatedAt),
    },
  ];

  return (
    <>
      <TextField
        id="spbe-proposal-status-filter"
        select
        label={t('list.statusFilter')}
        value={status}
        onChange={e => setStatus(e.target.value as ProposalStatus | '')}
        style={{ minWidth: 240, marginBottom: 16 }}
        SelectProps={{ inputProps: { 'data-testid': 'proposal-status-filter' } }}
      >
        <MenuItem value="">{t('list.allStatuses')}</MenuItem>
        {PROPOSAL_STATUSES.map(s => (
          <MenuItem key={s} value={s}>
            {t(`proposalStatus.${s}`)}
          </MenuItem>
        ))}
      </TextField>
      <Table<Proposal>
        key={status}
        title={props.title}
        columns={columns}
        options={{ search: false, paging: true, pageSize: 20, padding: 'dense' }}
        localization={{ body: { emptyDataSourceMessage: t('list.empty') } }}
        data={query =>
          spbeApi
            .listProposals({
              status: status || undefined,
              limit: query.pageSize,
              offset: query.page * query.pageSize,
            })
            .then(page => ({
              data: page.items,
              page: query.page,
              totalCount: page.total,
            }))
        }
      />
    </>
  );
}
