import { useApi, useTranslationRef } from '@backstage/frontend-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import LinearProgress from '@material-ui/core/LinearProgress';
import Tooltip from '@material-ui/core/Tooltip';
import Typography from '@material-ui/core/Typography';
import { ANNOTATION_LOCATION } from '@backstage/catalog-model';
import { useEffect, useState } from 'react';
import { spbeTranslationRef } from '../../translations';

/** How often the catalog is asked again while an import is still being processed. */
export const CATALOG_POLL_MS = 5000;
/** Polling stops once the count has not moved for this long (rows the processor rejected never arrive). */
export const CATALOG_SETTLED_MS = 60_000;

/**
 * How many of an import's rows the catalog has processed so far: the
 * applications whose managed-by location is the inventory file, against the
 * rows the import handed over. Polls while the count is below and moving.
 */
export function CatalogProgress(props: { path: string; imported: number }) {
  const { path, imported } = props;
  const { t } = useTranslationRef(spbeTranslationRef);
  const catalogApi = useApi(catalogApiRef);
  const [count, setCount] = useState<number>();
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let last = -1;
    let lastChange = Date.now();
    const poll = async () => {
      try {
        const page = await catalogApi.queryEntities({
          filter: {
            kind: 'component',
            [`metadata.annotations.${ANNOTATION_LOCATION}`]: `spbe-inventory:${path}`,
          },
          limit: 0,
        });
        if (cancelled) return;
        setCount(page.totalItems);
        setFailed(false);
        if (page.totalItems !== last) {
          last = page.totalItems;
          lastChange = Date.now();
        }
        if (page.totalItems < imported && Date.now() - lastChange < CATALOG_SETTLED_MS) {
          timer = setTimeout(poll, CATALOG_POLL_MS);
        }
      } catch {
        if (!cancelled) setFailed(true);
      }
    };
    poll();
    return () => {
      cancelled = true;
      if (timer) clearTimeout(timer);
    };
  }, [catalogApi, path, imported]);

  if (failed) return <Typography variant="body2">-</Typography>;
  if (count === undefined) return <LinearProgress aria-label={t('importReports.inCatalog')} />;
  const percent = imported > 0 ? Math.min(100, Math.round((count / imported) * 100)) : 100;
  const label = t('importReports.inCatalogOf', {
    shown: count.toLocaleString('id-ID'),
    imported: imported.toLocaleString('id-ID'),
    percent: String(percent),
  });
  return (
    <Tooltip title={count < imported ? t('importReports.inCatalogPending') : ''}>
      <Box minWidth={140} data-testid="catalog-progress" data-count={count}>
        <Typography variant="body2">{label}</Typography>
        <LinearProgress variant="determinate" value={percent} aria-label={label} />
      </Box>
    </Tooltip>
  );
}
