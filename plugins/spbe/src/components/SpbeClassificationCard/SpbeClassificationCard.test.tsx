import { screen } from '@testing-library/react';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { Entity } from '@backstage/catalog-model';
import { SpbeClassificationCard } from './SpbeClassificationCard';
import {
  fullApplication,
  nationalPlatform,
  sparseApplication,
} from '../../__fixtures__/entities';

function renderCard(entity: Entity) {
  return renderInTestApp(
    <EntityProvider entity={entity}>
      <SpbeClassificationCard />
    </EntityProvider>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
}

/** The value cell next to a row title of the metadata table. */
function valueOf(title: string): HTMLElement {
  const row = screen.getByText(title).closest('tr');
  if (!row) throw new Error(`no row for ${title}`);
  return row.querySelectorAll('td')[1] as HTMLElement;
}

describe('SpbeClassificationCard', () => {
  it('shows every SPBE fact of a fully described application', async () => {
    await renderCard(fullApplication);

    expect(screen.getByText('Klasifikasi SPBE')).toBeInTheDocument();
    expect(valueOf('Jenis')).toHaveTextContent('Aplikasi khusus');
    expect(valueOf('Status')).toHaveTextContent('Dalam pengembangan');
    expect(valueOf('Tahun')).toHaveTextContent('2021');
    expect(valueOf('Fungsi')).toHaveTextContent('Perencanaan daerah');
    expect(valueOf('Fungsi')).toHaveTextContent('Penganggaran daerah');
    expect(valueOf('Sumber')).toHaveTextContent(
      'Diimpor dari berkas inventaris kemendagri.csv#12',
    );

    expect(screen.getByRole('link', { name: /kemendagri/ })).toHaveAttribute(
      'href',
      '/catalog/default/group/kemendagri',
    );
    expect(
      screen.getByRole('link', { name: /kemenko-polkam/ }),
    ).toHaveAttribute('href', '/catalog/default/group/kemenko-polkam');
    expect(screen.getByRole('link', { name: 'RAL.02.03' })).toHaveAttribute(
      'href',
      '/catalog/default/referencearchitecture/ral-02-03',
    );
    expect(screen.getByRole('link', { name: 'RAB.09.06' })).toHaveAttribute(
      'href',
      '/catalog/default/referencearchitecture/rab-09-06',
    );
    expect(
      screen.getByRole('link', { name: /sipd\.example\.go\.id/ }),
    ).toHaveAttribute('href', 'https://sipd.example.go.id');
    expect(screen.queryByText('Platform nasional')).not.toBeInTheDocument();
  });

  it('marks missing facts instead of leaving blanks', async () => {
    await renderCard(sparseApplication);

    expect(valueOf('Jenis')).toHaveTextContent('Aplikasi umum');
    expect(valueOf('Instansi')).toHaveTextContent('kemenkeu');
    for (const title of [
      'Koordinator',
      'Kode RAL',
      'Kode RAB',
      'Kode RAA',
      'Status',
      'Tahun',
      'URL',
      'Fungsi',
    ]) {
      expect(valueOf(title)).toHaveTextContent('Belum diisi');
    }
    expect(valueOf('Sumber')).toHaveTextContent('Tidak tercatat');
  });

  it('shows the national platform badge and the approved usulan', async () => {
    await renderCard(nationalPlatform);

    expect(screen.getByText('Platform nasional')).toBeInTheDocument();
    expect(valueOf('Status')).toHaveTextContent('Aktif');
    expect(valueOf('Sumber')).toHaveTextContent(
      'Usulan disetujui USL-2024-001',
    );
  });
});
