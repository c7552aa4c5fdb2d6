import { screen, within } from '@testing-library/react';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { Entity } from '@backstage/catalog-model';
import { ANNOTATION_DPI } from '@internal/plugin-spbe-common';
import { DpiUsageCard } from './DpiUsageCard';
import {
  fullApplication,
  nationalPlatform,
  sparseApplication,
} from '../../__fixtures__/entities';

function renderCard(entity: Entity) {
  return renderInTestApp(
    <EntityProvider entity={entity}>
      <DpiUsageCard />
    </EntityProvider>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
}

const hrefs = (list: HTMLElement) =>
  within(list)
    .getAllByRole('link')
    .map(a => a.getAttribute('href'));

describe('DpiUsageCard', () => {
  it('links every consumed DPI block from relations and the annotation', async () => {
    await renderCard(fullApplication);

    expect(screen.getByText('Penggunaan DPI')).toBeInTheDocument();
    const consumed = screen.getByRole('list', {
      name: 'Blok DPI yang digunakan',
    });
    expect(hrefs(consumed)).toEqual([
      '/catalog/default/resource/dpi-pertukaran-data',
      '/catalog/default/resource/dpi-identitas-digital',
    ]);
    expect(
      screen.queryByRole('list', {
        name: 'Blok DPI yang diimplementasikan platform ini',
      }),
    ).not.toBeInTheDocument();
    expect(
      screen.queryByText('Tidak ada blok DPI yang dideklarasikan'),
    ).not.toBeInTheDocument();
  });

  it('explains what it means when no DPI block is declared', async () => {
    await renderCard(sparseApplication);

    expect(
      screen.getByText('Tidak ada blok DPI yang dideklarasikan'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/tidak tercatat memakai identitas digital/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });

  it('lists the blocks a national platform implements', async () => {
    await renderCard(nationalPlatform);

    const implemented = screen.getByRole('list', {
      name: 'Blok DPI yang diimplementasikan platform ini',
    });
    expect(hrefs(implemented)).toEqual([
      '/catalog/default/resource/dpi-pembayaran',
      '/catalog/default/resource/dpi-identitas-digital',
    ]);
    expect(
      hrefs(screen.getByRole('list', { name: 'Blok DPI yang digunakan' })),
    ).toEqual(['/catalog/default/resource/dpi-pertukaran-data']);
  });

  it('names an unknown DPI id instead of linking it', async () => {
    await renderCard({
      ...sparseApplication,
      metadata: {
        ...sparseApplication.metadata,
        annotations: { [ANNOTATION_DPI]: 'satu-data' },
      },
    });

    expect(
      screen.getByText('blok DPI tidak dikenal: satu-data'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });
});
