import { stringifyEntityRef } from '@backstage/catalog-model';
import { InfoCard } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { EntityRefLink, useEntity } from '@backstage/plugin-catalog-react';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import { DpiBlockUsage, readDpiUsage } from '../../lib/dpiUsage';
import { spbeTranslationRef } from '../../translations';

function usageKey(usage: DpiBlockUsage): string {
  return usage.kind === 'block'
    ? stringifyEntityRef(usage.entityRef)
    : `unknown:${usage.id}`;
}

function DpiBlockList(props: { title: string; usages: DpiBlockUsage[] }) {
  const { t } = useTranslationRef(spbeTranslationRef);
  return (
    <>
      <Typography variant="subtitle2" component="h3">
        {props.title}
      </Typography>
      <List dense aria-label={props.title}>
        {props.usages.map(usage => (
          <ListItem key={usageKey(usage)}>
            <ListItemText
              primary={
                usage.kind === 'block' ? (
                  <EntityRefLink entityRef={usage.entityRef} />
                ) : (
                  t('dpiCard.unknownBlock', { id: usage.id })
                )
              }
            />
          </ListItem>
        ))}
      </List>
    </>
  );
}

function EmptyDpiUsage() {
  const { t } = useTranslationRef(spbeTranslationRef);
  return (
    <>
      <Typography variant="subtitle2" component="h3">
        {t('dpiCard.emptyTitle')}
      </Typography>
      <Typography variant="body2" color="textSecondary">
        {t('dpiCard.emptyDescription')}
      </Typography>
    </>
  );
}

/** The "Penggunaan DPI" card: the DPI building blocks an application relies on. */
export function DpiUsageCard() {
  const { entity } = useEntity();
  const { t } = useTranslationRef(spbeTranslationRef);
  const usage = readDpiUsage(entity);
  const hasAny = usage.consumes.length > 0 || usage.implements.length > 0;

  return (
    <InfoCard title={t('dpiCard.title')} variant="gridItem">
      {!hasAny && <EmptyDpiUsage />}
      {usage.implements.length > 0 && (
        <DpiBlockList
          title={t('dpiCard.implements')}
          usages={usage.implements}
        />
      )}
      {usage.consumes.length > 0 && (
        <DpiBlockList title={t('dpiCard.consumes')} usages={usage.consumes} />
      )}
    </InfoCard>
  );
}
