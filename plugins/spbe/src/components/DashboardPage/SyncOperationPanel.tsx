import { InfoCard } from '@backstage/core-components';
import { useApi, useTranslationRef } from '@backstage/frontend-plugin-api';
import { EntityName } from '../EntityName';
import { usePermission } from '@backstage/plugin-permission-react';
import { ResponseError } from '@backstage/errors';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import LinearProgress from '@material-ui/core/LinearProgress';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import {
  OperationStatus,
  SYNC_PHASES,
  spbeDuplicateReviewPermission,
} from '@internal/plugin-spbe-common';
import { useCallback, useEffect, useRef, useState } from 'react';
import { spbeApiRef } from '../../api';
import { useFormatDateTime } from '../../hooks/useFormatDateTime';
import { spbeTranslationRef } from '../../translations';

/** How often a running operation is polled. */
export const SYNC_POLL_MS = 1000;

function Requester({ by }: { by?: string }) {
  const { t } = useTranslationRef(spbeTranslationRef);
  if (!by || by === 'scheduler') return <>{t('sync.scheduler')}</>;
  return by.startsWith('user:') ? <EntityName entityRef={by} /> : <>{by}</>;
}

/**
 * The catalog mirror + duplicate rebuild: when it last ran and, while it
 * runs, which phase it is in and how far it got (polled every second).
 * Architects can start it; when a run finishes, `onFinished` lets the page
 * reload its figures.
 */
export function SyncOperationPanel(props: { onFinished?: () => void }) {
  const { t } = useTranslationRef(spbeTranslationRef);
  const spbeApi = useApi(spbeApiRef);
  const formatTime = useFormatDateTime();
  const { allowed: canStart } = usePermission({ permission: spbeDuplicateReviewPermission });
  const [status, setStatus] = useState<OperationStatus>();
  const [error, setError] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const wasRunning = useRef(false);
  const { onFinished } = props;

  const load = useCallback(async () => {
    try {
      setStatus(await spbeApi.getSyncOperation());
      setError(undefined);
    } catch (e) {
      setError(t('sync.loadError', { error: (e as Error).message }));
    }
  }, [spbeApi, t]);

  useEffect(() => {
    load();
  }, [load]);

  const running = status?.state === 'running';
  useEffect(() => {
    if (running) {
      wasRunning.current = true;
      const timer = setTimeout(load, SYNC_POLL_MS);
      return () => clearTimeout(timer);
    }
    if (wasRunning.current && status) {
      wasRunning.current = false;
      onFinished?.();
    }
    return undefined;
  }, [running, status, load, onFinished]);

  const start = async () => {
    setNotice(undefined);
    try {
      setStatus(await spbeApi.startSyncOperation());
    } catch (e) {
      if (e instanceof ResponseError && e.statusCode === 409) {
        setNotice(t('sync.conflict'));
        await load();
      } else {
        setError(t('sync.startError', { error: (e as Error).message }));
      }
    }
  };

  const step = status?.phase ? SYNC_PHASES.indexOf(status.phase) + 1 : 1;
  const percent =
    running && status?.total ? Math.min(100, Math.round((status.done / status.total) * 100)) : undefined;

  return (
    <InfoCard title={t('sync.title')} variant="gridItem">
      <Box data-testid="sync-operation" data-state={status?.state ?? 'loading'} aria-live="polite">
        {error && <Alert severity="error">{error}</Alert>}
        {notice && <Alert severity="info">{notice}</Alert>}
        {status?.state === 'idle' && <Typography variant="body2">{t('sync.idle')}</Typography>}
        {running && (
          <>
            <Typography variant="body2">
              {t('sync.running', {
                step: String(step),
                phase: t(`sync.phases.${status.phase ?? 'catalog'}`),
              })}
              {status.total !== undefined &&
                ` (${t('sync.count', {
                  done: status.done.toLocaleString('id-ID'),
                  total: status.total.toLocaleString('id-ID'),
                })})`}
            </Typography>
            <LinearProgress
              variant={percent === undefined ? 'indeterminate' : 'determinate'}
              value={percent}
              aria-label={t('sync.title')}
              style={{ marginTop: 8 }}
            />
          </>
        )}
        {status?.state === 'succeeded' && (
          <Typography variant="body2">
            {t('sync.succeeded', {
              time: formatTime(status.finishedAt),
              by: <Requester by={status.requestedBy} />,
            })}
          </Typography>
        )}
        {status?.state === 'failed' && (
          <Alert severity="warning">
            {t('sync.failed', { time: formatTime(status.finishedAt), error: status.error ?? '' })}
          </Alert>
        )}
        {canStart && (
          <Box mt={1}>
            <Button variant="outlined" size="small" disabled={!status || running} onClick={start}>
              {t('sync.start')}
            </Button>
          </Box>
        )}
      </Box>
    </InfoCard>
  );
}
