import { screen, within } from '@testing-library/react';
import {
  MockWithApiFactory,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/frontend-test-utils';
import { Entity, RELATION_DEPENDS_ON } from '@backstage/catalog-model';
import {
  CatalogApi,
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { RELATION_CONSUMES_DPI } from '@internal/plugin-spbe-common';
import { nationalPlatform } from '../../__fixtures__/entities';
import { pending } from '../../__fixtures__/spbeApi';
import { PlatformUsersCard } from './PlatformUsersCard';

function application(
  name: string,
  owner: string,
  relation: { type: string; targetRef: string },
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name },
    spec: { type: 'aplikasi', owner, lifecycle: 'production' },
    relations: [relation],
  };
}

const dependsOnInapas = {
  type: RELATION_DEPENDS_ON,
  targetRef: 'component:default/ina-pas',
};
/** INApas implements the payment block (see the fixture). */
const consumesPayments = {
  type: RELATION_CONSUMES_DPI,
  targetRef: 'resource:default/dpi-pembayaran',
};

function renderCard(catalogApi: MockWithApiFactory<CatalogApi>) {
  return renderInTestApp(
    <TestApiProvider apis={[catalogApi]}>
      <EntityProvider entity={nationalPlatform}>
        <PlatformUsersCard />
      </EntityProvider>
    </TestApiProvider>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
}

describe('PlatformUsersCard', () => {
  it('shows progress while the catalog answers', async () => {
    await renderCard(catalogApiMock.mock({ getEntities: () => pending() }));
    expect(screen.getByText('Instansi pengguna')).toBeInTheDocument();
    expect(await screen.findByRole('progressbar')).toBeInTheDocument();
  });

  it('counts the agencies whose applications use the platform or a block it implements', async () => {
    await renderCard(
      catalogApiMock({
        entities: [
          nationalPlatform,
          application('sipd', 'group:default/kemendagri', dependsOnInapas),
          application('e-bphtb', 'group:default/kemendagri', consumesPayments),
          application('sakti', 'kemenkeu', dependsOnInapas),
          // Uses another block: not a user of INApas.
          application('satu-data', 'group:default/bappenas', {
            type: RELATION_CONSUMES_DPI,
            targetRef: 'resource:default/dpi-pertukaran-data',
          }),
        ],
      }),
    );

    expect(
      await screen.findByText('2 instansi, 3 aplikasi'),
    ).toBeInTheDocument();
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    // Most applications first.
    expect(within(items[0]).getByRole('link')).toHaveAttribute(
      'href',
      '/catalog/default/group/kemendagri',
    );
    expect(items[0]).toHaveTextContent('2 aplikasi');
    expect(within(items[1]).getByRole('link')).toHaveAttribute(
      'href',
      '/catalog/default/group/kemenkeu',
    );
    expect(items[1]).toHaveTextContent('1 aplikasi');
    expect(screen.queryByText(/bappenas/)).toBeNull();
  });

  it('says when no agency is recorded as a user', async () => {
    await renderCard(catalogApiMock({ entities: [nationalPlatform] }));
    expect(
      await screen.findByText(
        'Belum ada instansi yang tercatat memakai platform ini',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('shows an error when the catalog fails', async () => {
    await renderCard(
      catalogApiMock.mock({
        getEntities: async () => {
          throw new Error('catalog unavailable');
        },
      }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /catalog unavailable/,
    );
  });
});
