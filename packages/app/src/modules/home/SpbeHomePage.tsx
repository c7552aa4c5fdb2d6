import { Fragment } from 'react';
import {
  Content,
  Header,
  InfoCard,
  Link,
  Page,
} from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import {
  useRouteRef as usePluginRouteRef,
  useTranslationRef,
} from '@backstage/frontend-plugin-api';
import catalogPlugin from '@backstage/plugin-catalog/alpha';
import type { HomePageLayoutProps } from '@backstage/plugin-home-react/alpha';
import { HomePageSearchBar } from '@backstage/plugin-search';
import {
  auditRouteRef,
  dashboardRouteRef,
  HeadlineFigures,
  proposalsRouteRef,
  reuseFinderRouteRef,
  spbeCatalogQuery,
} from '@internal/plugin-spbe';
import Grid from '@material-ui/core/Grid';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import Typography from '@material-ui/core/Typography';
import {
  PageKey,
  RoleKey,
  rolePages,
  RoleShortcut,
  roleShortcuts,
} from './roleShortcuts';
import { homeTranslationRef } from './translation';

const PAGE_ROUTES = {
  reuseFinder: reuseFinderRouteRef,
  proposals: proposalsRouteRef,
  dashboard: dashboardRouteRef,
  audit: auditRouteRef,
} as const;

function PageLink(props: { page: PageKey }) {
  const { t } = useTranslationRef(homeTranslationRef);
  const link = usePluginRouteRef(PAGE_ROUTES[props.page]);
  if (!link) return null;
  return (
    <ListItem disableGutters>
      <Link to={link()}>{t(`pages.${props.page}`)}</Link>
    </ListItem>
  );
}

function RoleCard(props: { role: RoleKey; shortcuts: RoleShortcut[] }) {
  const { t } = useTranslationRef(homeTranslationRef);
  const catalogLink = useRouteRef(catalogPlugin.routes.catalogIndex);
  const catalogPath = catalogLink?.();
  const title = t(`roles.${props.role}.title`);
  return (
    <InfoCard title={title} variant="gridItem">
      <Typography variant="body2" color="textSecondary">
        {t(`roles.${props.role}.description`)}
      </Typography>
      <List dense aria-label={title}>
        {rolePages[props.role].map(page => (
          <PageLink key={page} page={page} />
        ))}
        {catalogPath &&
          props.shortcuts.map(shortcut => (
            <ListItem key={shortcut.label} disableGutters>
              <Link
                to={`${catalogPath}${spbeCatalogQuery(shortcut.catalogQuery)}`}
              >
                {t(shortcut.label)}
              </Link>
            </ListItem>
          ))}
      </List>
    </InfoCard>
  );
}

/**
 * The portal's home page: what the portal is for, the search bar and
 * shortcuts per role. Installed as the home plugin's layout; widgets that
 * other extensions contribute are shown below the shortcuts.
 */
export function SpbeHomePage(props: HomePageLayoutProps) {
  const { t } = useTranslationRef(homeTranslationRef);
  return (
    <Page themeId="home">
      <Header title={t('title')} subtitle={t('lead')} />
      <Content>
        <Grid container spacing={3}>
          <Grid item xs={12}>
            <Typography variant="body1" paragraph>
              {t('leadDetail')}
            </Typography>
            <HomePageSearchBar placeholder={t('searchPlaceholder')} />
          </Grid>
          <Grid item xs={12}>
            <HeadlineFigures />
          </Grid>
          <Grid item xs={12}>
            <Typography variant="h5" component="h2">
              {t('shortcutsTitle')}
            </Typography>
          </Grid>
          {roleShortcuts.map(({ role, shortcuts }) => (
            <Grid item xs={12} md={6} lg={3} key={role}>
              <RoleCard role={role} shortcuts={shortcuts} />
            </Grid>
          ))}
          {props.widgets.map((widget, index) => (
            <Grid item xs={12} md={6} key={widget.name ?? index}>
              <Fragment>{widget.component}</Fragment>
            </Grid>
          ))}
        </Grid>
      </Content>
    </Page>
  );
}
