import {
  Content,
  Header,
  HeaderTabs,
  Page,
} from '@backstage/core-components';
import {
  useRouteRef,
  useTranslationRef,
} from '@backstage/frontend-plugin-api';
import {
  Route,
  Routes,
  useLocation,
  useNavigate,
} from 'react-router-dom';
import { useCanDecide } from '../../hooks/useSpbePermissions';
import { proposalsRouteRef } from '../../routes';
import { spbeTranslationRef } from '../../translations';
import { ProposalDetail } from './ProposalDetail';
import { ProposalForm } from './ProposalForm';
import { ProposalList } from './ProposalList';

/**
 * Usulan: the list of proposals with their status, the form with the live
 * reuse analysis, and each proposal's page (the architect's review screen).
 */
export function ProposalsPage() {
  const { t } = useTranslationRef(spbeTranslationRef);
  const canDecide = useCanDecide();
  const base = useRouteRef(proposalsRouteRef)?.() ?? '';
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const tabs = [
    { id: 'list', path: base, label: t('proposals.tabList') },
    ...(canDecide.allowed
      ? [{ id: 'review', path: `${base}/tinjauan`, label: t('proposals.tabReview') }]
      : []),
    { id: 'new', path: `${base}/baru`, label: t('proposals.tabNew') },
  ];
  const selected = tabs.findIndex(tab => tab.path === pathname);

  return (
    <Page themeId="tool">
      <Header title={t('proposals.title')} subtitle={t('proposals.subtitle')} />
      <HeaderTabs
        tabs={tabs.map(({ id, label }) => ({ id, label }))}
        selectedIndex={selected < 0 ? undefined : selected}
        onChange={index => navigate(tabs[index].path)}
      />
      <Content>
        <Routes>
          <Route
            path="/"
            element={
              <ProposalList
                key="all"
                title={
                  canDecide.allowed
                    ? t('proposals.allTitle')
                    : t('proposals.mineTitle')
                }
              />
            }
          />
          <Route
            path="/tinjauan"
            element={
              <ProposalList
                key="review"
                title={t('proposals.reviewTitle')}
                initialStatus="submitted"
              />
            }
          />
          <Route path="/baru" element={<ProposalForm />} />
          <Route path="/:id" element={<ProposalDetail />} />
        </Routes>
      </Content>
    </Page>
  );
}
