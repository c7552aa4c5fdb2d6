import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  renderInTestApp,
  TestApiProvider,
} from '@backstage/frontend-test-utils';
import { ResponseError } from '@backstage/errors';
import { Entity } from '@backstage/catalog-model';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import {
  ImportReport,
  ImportReportsApi,
  importReportsApiRef,
} from '../../api/importReports';
import { ImportReportsPage } from './ImportReportsPage';

const okReport: ImportReport = {
  id: 1,
  file: 'kemenkeu.xlsx',
  path: '/data/kemenkeu.xlsx',
  startedAt: '2026-11-27T10:00:00.000Z',
  finishedAt: '2026-11-27T10:00:05.000Z',
  status: 'ok',
  counts: {
    rows: 12,
    imported: 10,
    errors: 2,
    added: 7,
    updated: 3,
    removed: 1,
  },
  rowErrors: [
    {
      file: 'kemenkeu.xlsx',
      row: 5,
      column: 'instansi',
      value: 'Dinas X',
      reason: 'instansi tidak dikenal',
    },
    {
      file: 'kemenkeu.xlsx',
      row: 9,
      column: 'kode_ral',
      value: 'RAL.99',
      reason: 'kode RAL tidak valid',
    },
  ],
  rowErrorCount: 2,
};

const failedReport: ImportReport = {
  id: 2,
  file: 'rusak.yaml',
  path: '/data/rusak.yaml',
  startedAt: '2026-11-27T11:00:00.000Z',
  finishedAt: '2026-11-27T11:00:01.000Z',
  status: 'parse-failed',
  error: 'YAML tidak valid pada baris 3',
  counts: { rows: 0, imported: 0, errors: 0, added: 0, updated: 0, removed: 0 },
  rowErrors: [],
  rowErrorCount: 0,
};

/** Applications the inventory provider wrote from a file, as the catalog holds them. */
function applicationsFrom(path: string, count: number): Entity[] {
  return Array.from({ length: count }, (_, i) => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: `app-${i}`,
      annotations: { 'backstage.io/managed-by-location': `spbe-inventory:${path}` },
    },
    spec: { type: 'aplikasi', owner: 'group:default/kemenkeu', lifecycle: 'production' },
  }));
}

function renderPage(api: Partial<ImportReportsApi>, entities: Entity[] = []) {
  return renderInTestApp(
    <TestApiProvider
      apis={[
        [importReportsApiRef, api],
        [catalogApiRef, catalogApiMock({ entities })],
      ]}
    >
      <ImportReportsPage />
    </TestApiProvider>,
  );
}

describe('ImportReportsPage', () => {
  it('lists files with status and counts, and shows the row errors of the selected file', async () => {
    await renderPage({
      listLatestImportReports: async () => [okReport, failedReport],
    });

    expect(await screen.findByText('Berkas inventaris')).toBeInTheDocument();
    expect(screen.getByText('Berhasil')).toBeInTheDocument();
    expect(screen.getByText('Gagal dibaca')).toBeInTheDocument();
    expect(screen.getByText('12')).toBeInTheDocument();

    // The first file with errors is shown at first.
    expect(screen.getByText('Galat baris: kemenkeu.xlsx')).toBeInTheDocument();
    expect(screen.getByText('instansi tidak dikenal')).toBeInTheDocument();
    expect(screen.getByText('RAL.99')).toBeInTheDocument();

    // Selecting by keyboard shows the parse error of the other file.
    const button = screen.getByRole('button', {
      name: 'Tampilkan galat baris rusak.yaml',
    });
    button.focus();
    await userEvent.keyboard('{Enter}');
    expect(
      await screen.findByText('Galat baris: rusak.yaml'),
    ).toBeInTheDocument();
    const alert = screen.getByRole('alert');
    expect(
      within(alert).getByText('Berkas tidak dapat dibaca'),
    ).toBeInTheDocument();
    expect(
      within(alert).getByText('YAML tidak valid pada baris 3'),
    ).toBeInTheDocument();
    expect(button).toHaveAttribute('aria-pressed', 'true');
  });

  it('shows how many imported rows the catalog has processed', async () => {
    await renderPage(
      { listLatestImportReports: async () => [okReport, failedReport] },
      [...applicationsFrom('/data/kemenkeu.xlsx', 4), ...applicationsFrom('/data/other.csv', 3)],
    );
    const progress = await screen.findByTestId('catalog-progress');
    expect(progress).toHaveAttribute('data-count', '4');
    expect(within(progress).getByText('4 dari 10 (40%)')).toBeInTheDocument();
    expect(within(progress).getByRole('progressbar')).toHaveAttribute('aria-valuenow', '40');
  });

  it('says when row errors were capped', async () => {
    await renderPage({
      listLatestImportReports: async () => [
        { ...okReport, rowErrorCount: 250 },
      ],
    });
    expect(
      await screen.findByText('Menampilkan 2 dari 250 galat baris.'),
    ).toBeInTheDocument();
  });

  it('shows an empty state without reports', async () => {
    await renderPage({ listLatestImportReports: async () => [] });
    expect(
      await screen.findByText('Belum ada laporan impor'),
    ).toBeInTheDocument();
  });

  it('says the user lacks the permission on 403', async () => {
    const response = new Response(
      JSON.stringify({
        error: { name: 'NotAllowedError', message: 'Unauthorized' },
        request: { method: 'GET', url: '/spbe/import-reports' },
        response: { statusCode: 403 },
      }),
      { status: 403, headers: { 'content-type': 'application/json' } },
    );
    const error = await ResponseError.fromResponse(response);
    await renderPage({
      listLatestImportReports: async () => {
        throw error;
      },
    });
    expect(
      await screen.findByText(
        /Anda tidak memiliki izin untuk membaca laporan impor\./,
      ),
    ).toBeInTheDocument();
  });

  it('shows other errors as a load error', async () => {
    await renderPage({
      listLatestImportReports: async () => {
        throw new Error('boom');
      },
    });
    expect(
      await screen.findByText(/Laporan impor tidak dapat dimuat/),
    ).toBeInTheDocument();
  });
});
