import {
  Content,
  EmptyState,
  Header,
  InfoCard,
  Page,
  Progress,
  ResponseErrorPanel,
  StatusError,
  StatusOK,
  Table,
  TableColumn,
} from '@backstage/core-components';
import { ResponseError } from '@backstage/errors';
import { useApi, useTranslationRef } from '@backstage/frontend-plugin-api';
import Button from '@material-ui/core/Button';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import AlertTitle from '@material-ui/lab/AlertTitle';
import { useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import {
  ImportReport,
  ImportRowError,
  importReportsApiRef,
} from '../../api/importReports';
import { useFormatDateTime } from '../../hooks/useFormatDateTime';
import { spbeTranslationRef } from '../../translations';
import { CatalogProgress } from './CatalogProgress';

function isForbidden(error: Error): boolean {
  return (
    (error instanceof ResponseError && error.statusCode === 403) ||
    error.name === 'NotAllowedError'
  );
}

/** Row errors and the parse error of one report. */
function ReportDetail({ report }: { report: ImportReport }) {
  const { t } = useTranslationRef(spbeTranslationRef);
  const columns: TableColumn<ImportRowError>[] = [
    {
      title: t('importReports.row'),
      field: 'row',
      type: 'numeric',
      width: '10%',
    },
    {
      title: t('importReports.column'),
      field: 'column',
      render: e => e.column ?? '-',
    },
    {
      title: t('importReports.value'),
      field: 'value',
      render: e => e.value ?? '-',
    },
    { title: t('importReports.reason'), field: 'reason' },
  ];
  const capped = report.rowErrorCount > report.rowErrors.length;
  return (
    <InfoCard title={t('importReports.detailTitle', { file: report.file })}>
      {report.status === 'parse-failed' && (
        <Alert severity="error" role="alert">
          <AlertTitle>{t('importReports.parseError')}</AlertTitle>
          {report.error}
        </Alert>
      )}
      {report.status === 'ok' && report.rowErrors.length === 0 && (
        <Typography>{t('importReports.noRowErrors')}</Typography>
      )}
      {report.rowErrors.length > 0 && (
        <>
          {capped && (
            <Typography variant="body2" paragraph>
              {t('importReports.capped', {
                shown: String(report.rowErrors.length),
                total: String(report.rowErrorCount),
              })}
            </Typography>
          )}
          <Table<ImportRowError>
            columns={columns}
            data={report.rowErrors.map(e => ({ ...e }))}
            options={{
              paging: report.rowErrors.length > 10,
              pageSize: 10,
              pageSizeOptions: [10, 25, 50],
              search: false,
              toolbar: false,
              padding: 'dense',
            }}
          />
        </>
      )}
    </InfoCard>
  );
}

/**
 * Laporan Impor: the latest import report of every inventory file and the
 * row errors of a selected file. Needs the permission `spbe.import.read`.
 */
export function ImportReportsPage() {
  const { t } = useTranslationRef(spbeTranslationRef);
  const api = useApi(importReportsApiRef);
  const formatTime = useFormatDateTime();
  const reports = useAsync(() => api.listLatestImportReports(), [api]);
  const [selectedFile, setSelectedFile] = useState<string>();
  const items = reports.value ?? [];
  const selected =
    items.find(r => r.file === selectedFile) ??
    items.find(r => r.status === 'parse-failed' || r.rowErrors.length > 0);

  const columns: TableColumn<ImportReport>[] = [
    {
      title: t('importReports.file'),
      field: 'file',
      render: r => (
        <Button
          size="small"
          color="primary"
          aria-pressed={selected?.file === r.file}
          aria-label={t('importReports.showErrors', { file: r.file })}
          onClick={() => setSelectedFile(r.file)}
          style={{ textTransform: 'none' }}
        >
          {r.file}
        </Button>
      ),
    },
    {
      title: t('importReports.status'),
      field: 'status',
      render: r =>
        r.status === 'ok' ? (
          <StatusOK>{t('importReports.statusOk')}</StatusOK>
        ) : (
          <StatusError>{t('importReports.statusParseFailed')}</StatusError>
        ),
    },
    { title: t('importReports.rows'), field: 'counts.rows', type: 'numeric' },
    {
      title: t('importReports.imported'),
      field: 'counts.imported',
      type: 'numeric',
    },
    {
      title: t('importReports.inCatalog'),
      field: 'counts.imported',
      sorting: false,
      render: r =>
        r.status === 'ok' ? <CatalogProgress path={r.path} imported={r.counts.imported} /> : '-',
    },
    {
      title: t('importReports.errors'),
      field: 'rowErrorCount',
      type: 'numeric',
    },
    { title: t('importReports.added'), field: 'counts.added', type: 'numeric' },
    {
      title: t('importReports.updated'),
      field: 'counts.updated',
      type: 'numeric',
    },
    {
      title: t('importReports.removed'),
      field: 'counts.removed',
      type: 'numeric',
    },
    {
      title: t('importReports.finishedAt'),
      field: 'finishedAt',
      render: r => formatTime(r.finishedAt),
    },
  ];

  let body;
  if (reports.loading) {
    body = <Progress />;
  } else if (reports.error) {
    body = (
      <ResponseErrorPanel
        error={reports.error}
        title={
          isForbidden(reports.error)
            ? t('importReports.forbidden')
            : t('importReports.loadError')
        }
      />
    );
  } else if (items.length === 0) {
    body = (
      <EmptyState
        missing="data"
        title={t('importReports.emptyTitle')}
        description={t('importReports.emptyDescription')}
      />
    );
  } else {
    body = (
      <Grid container spacing={3}>
        <Grid item xs={12}>
          <Table<ImportReport>
            title={t('importReports.filesTitle')}
            columns={columns}
            data={items.map(r => ({ ...r }))}
            options={{
              paging: items.length > 20,
              pageSize: 20,
              search: false,
              padding: 'dense',
            }}
          />
        </Grid>
        {selected && (
          <Grid item xs={12}>
            <ReportDetail report={selected} />
          </Grid>
        )}
      </Grid>
    );
  }

  return (
    <Page themeId="tool">
      <Header
        title={t('importReports.title')}
        subtitle={t('importReports.subtitle')}
      />
      <Content>{body}</Content>
    </Page>
  );
}
