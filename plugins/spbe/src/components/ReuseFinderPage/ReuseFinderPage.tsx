import {
  Content,
  EmptyState,
  ErrorPanel,
  Header,
  LinkButton,
  Page,
  Progress,
} from '@backstage/core-components';
import {
  useRouteRef,
  useTranslationRef,
} from '@backstage/frontend-plugin-api';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { FormEvent, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useReuseFinder } from '../../hooks/useReuseFinder';
import { proposalsRouteRef } from '../../routes';
import { spbeTranslationRef } from '../../translations';
import { CandidateList } from '../ReuseAnalysisPanel';
import { IntegrationLinks } from './IntegrationLinks';

/**
 * Temukan Layanan: a developer types a need in free Indonesian and gets
 * ranked reusable services, national platforms first, each with why it
 * matched, its owner and how to integrate; "start a proposal" when nothing fits.
 */
export function ReuseFinderPage() {
  const { t } = useTranslationRef(spbeTranslationRef);
  const [params, setParams] = useSearchParams();
  const need = params.get('q') ?? '';
  const [text, setText] = useState(need);
  const proposalsLink = useRouteRef(proposalsRouteRef);
  const { value, loading, error } = useReuseFinder(need);
  const proposalHref = `${proposalsLink?.() ?? ''}/baru?kebutuhan=${encodeURIComponent(need)}`;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setParams(text.trim() ? { q: text.trim() } : {});
  };

  const byEntity = new Map(
    (value ?? []).map(r => [r.candidate.entityRef, r.entity]),
  );

  return (
    <Page themeId="tool">
      <Header title={t('finder.title')} subtitle={t('finder.subtitle')} />
      <Content>
        <form onSubmit={onSubmit} role="search">
          <Box display="flex" gridGap={16} alignItems="center">
            <TextField
              id="spbe-finder-need"
              fullWidth
              variant="outlined"
              label={t('finder.needLabel')}
              placeholder={t('finder.needPlaceholder')}
              value={text}
              onChange={e => setText(e.target.value)}
              inputProps={{ 'data-testid': 'finder-need', maxLength: 5000 }}
            />
            <Button type="submit" variant="contained" color="primary">
              {t('finder.search')}
            </Button>
          </Box>
        </form>
        <Box mt={3} aria-live="polite">
          {loading && <Progress />}
          {error && <ErrorPanel error={error} title={t('finder.error')} />}
          {!loading && !error && value && value.length === 0 && (
            <EmptyState
              missing="data"
              title={t('finder.emptyTitle')}
              description={t('finder.emptyDescription')}
              action={
                <LinkButton to={proposalHref} variant="contained">
                  {t('finder.startProposal')}
                </LinkButton>
              }
            />
          )}
          {!loading && !error && value && value.length > 0 && (
            <>
              <Typography variant="body1">
                {t('finder.resultCount', { n: String(value.length) })}
              </Typography>
              <CandidateList
                testId="finder-results"
                candidates={value.map(r => r.candidate)}
                extra={c => (
                  <IntegrationLinks
                    entityRef={c.entityRef}
                    entity={byEntity.get(c.entityRef)}
                  />
                )}
              />
              <Box mt={2} display="flex" alignItems="center" gridGap={16}>
                <Typography variant="body2">{t('finder.nothingFits')}</Typography>
                <LinkButton to={proposalHref} variant="outlined">
                  {t('finder.startProposal')}
                </LinkButton>
              </Box>
            </>
          )}
          {!need && (
            <Typography variant="body2" color="textSecondary">
              {t('finder.hint')}
            </Typography>
          )}
        </Box>
      </Content>
    </Page>
  );
}
