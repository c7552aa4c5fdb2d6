import { Table, TableColumn } from '@backstage/core-components';
import { EntityName } from '../EntityName';
import { useApi, useTranslationRef } from '@backstage/frontend-plugin-api';
import Box from '@material-ui/core/Box';
import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { useState } from 'react';
import { DuplicateCluster, DuplicateStatus } from '@internal/plugin-spbe-common';
import { spbeApiRef } from '../../api';
import { spbeTranslationRef } from '../../translations';

const STATUSES: DuplicateStatus[] = ['open', 'confirmed', 'dismissed', 'stale'];

interface Pair {
  a: string;
  b: string;
  score: number;
}

function pairsOf(cluster: DuplicateCluster): Pair[] {
  const pairs = (cluster.evidence as { pairs?: unknown }).pairs;
  return Array.isArray(pairs) ? (pairs as Pair[]) : [];
}

/** Duplicate clusters, paged on the server; each row opens to its members and evidence. */
export function ClusterExplorer() {
  const { t } = useTranslationRef(spbeTranslationRef);
  const spbeApi = useApi(spbeApiRef);
  const [status, setStatus] = useState<DuplicateStatus>('open');
  const columns: TableColumn<DuplicateCluster>[] = [
    { title: t('clusters.id'), field: 'id' },
    {
      title: t('clusters.members'),
      render: c => (
        <Box display="flex" flexWrap="wrap" gridGap={8}>
          {c.members.slice(0, 6).map(m => (
            <EntityName key={m} entityRef={m} />
          ))}
          {c.members.length > 6 && (
            <span>{t('clusters.more', { n: String(c.members.length - 6) })}</span>
          )}
        </Box>
      ),
    },
    { title: t('clusters.size'), render: c => c.members.length },
    { title: t('clusters.score'), render: c => `${Math.round(c.score * 100)}%` },
  ];
  return (
    <div data-testid="cluster-explorer">
      <TextField
        select
        label={t('clusters.status')}
        value={status}
        onChange={e => setStatus(e.target.value as DuplicateStatus)}
        style={{ minWidth: 200, marginBottom: 16 }}
      >
        {STATUSES.map(s => (
          <MenuItem key={s} value={s}>
            {t(`clusters.statuses.${s}`)}
          </MenuItem>
        ))}
      </TextField>
      <Table<DuplicateCluster>
        key={status}
        title={t('clusters.title')}
        columns={columns}
        options={{ search: false, paging: true, pageSize: 10, padding: 'dense' }}
        localization={{ body: { emptyDataSourceMessage: t('clusters.empty') } }}
        data={query =>
          spbeApi
            .listDuplicates({
              status,
              limit: query.pageSize,
              offset: query.page * query.pageSize,
            })
            .then(page => ({ data: page.items, page: query.page, totalCount: page.total }))
        }
        detailPanel={({ rowData }) => (
          <Box p={2}>
            <Typography variant="subtitle2">{t('clusters.evidence')}</Typography>
            <ul>
              {pairsOf(rowData).map(p => (
                <li key={`${p.a}|${p.b}`}>
                  <EntityName entityRef={p.a} /> ↔ <EntityName entityRef={p.b} /> (
                  {Math.round(p.score * 100)}%)
                </li>
              ))}
            </ul>
            <Typography variant="subtitle2">{t('clusters.members')}</Typography>
            <ul>
              {rowData.members.map(m => (
                <li key={m}>
                  <EntityName entityRef={m} />
                </li>
              ))}
            </ul>
          </Box>
        )}
      />
    </div>
  );
}
