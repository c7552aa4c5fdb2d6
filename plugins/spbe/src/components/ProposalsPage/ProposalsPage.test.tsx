import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  proposal,
  proposalHistory,
  reuseAnalysis,
} from '../../__fixtures__/reuse';
import { renderSpbePage } from '../../__testUtils__/renderPage';
import {
  mockSpbeApi,
  MockSpbeApi,
  pending,
  responseError,
} from '../../__fixtures__/spbeApi';
import { ProposalsPage } from './ProposalsPage';

/*
 * The proposals pages as an agency developer, who may not decide. The
 * architect's review is in ProposalsPage.architect.test.tsx: permission
 * decisions are cached module-wide, so each file keeps one role.
 */
function renderProposals(path: string, spbeApi: MockSpbeApi) {
  return renderSpbePage(<ProposalsPage />, {
    spbeApi,
    path,
    mountPath: '/usulan/*',
  });
}

const detailApi = (overrides: Parameters<typeof proposal>[0] = {}) =>
  mockSpbeApi({
    getProposal: async () => ({
      proposal: proposal(overrides),
      history: proposalHistory,
    }),
  });

const field = (name: string | RegExp) => screen.getByRole('textbox', { name });

/** Waits until the agency select holds the developer's ministry. */
async function agencyPrefilled() {
  // The agency comes from the catalog after the identity: slow on a cold app.
  await waitFor(
    () =>
      expect(
        screen.getByRole('button', { name: /Instansi/ }),
      ).toHaveTextContent('Kementerian Keuangan'),
  );
}

// A cold test app and typing on a loaded 2-core machine take up to ~13 s.
jest.setTimeout(30_000);

describe('ProposalsPage for a developer', () => {
  describe('list', () => {
    it('shows "my proposals" with a status chip each, paged on the server', async () => {
      const spbeApi = mockSpbeApi({
        listProposals: async () => ({
          items: [
            proposal(),
            proposal({
              id: 'USL-2026-009',
              name: 'Aplikasi Kearsipan',
              status: 'rejected-reuse',
            }),
          ],
          total: 2,
        }),
      });
      await renderProposals('/usulan', spbeApi);

      expect(await screen.findByText('Usulan saya')).toBeInTheDocument();
      const row = (name: string) => {
        const found = screen
          .getAllByRole('row')
          .find(r => within(r).queryByRole('link', { name }));
        if (!found) throw new Error(`no row for ${name}`);
        return found;
      };
      expect(
        await screen.findByRole('link', { name: 'Sistem Surat Dinas' }),
      ).toHaveAttribute('href', '/usulan/USL-2026-014');
      expect(
        within(row('Sistem Surat Dinas')).getByText('Diajukan'),
      ).toBeInTheDocument();
      expect(
        within(row('Sistem Surat Dinas')).getByText('kemenkeu'),
      ).toBeInTheDocument();
      expect(
        within(row('Aplikasi Kearsipan')).getByText('Ditolak: gunakan ulang'),
      ).toBeInTheDocument();
      expect(spbeApi.listProposals).toHaveBeenCalledWith({
        status: undefined,
        limit: 20,
        offset: 0,
      });

      // A developer gets no review tab.
      expect(
        screen.getByRole('tab', { name: 'Daftar usulan' }),
      ).toBeInTheDocument();
      expect(
        screen.getByRole('tab', { name: 'Buat usulan' }),
      ).toBeInTheDocument();
      expect(
        screen.queryByRole('tab', { name: 'Menunggu tinjauan' }),
      ).toBeNull();
    });

    it('says when there is no proposal yet', async () => {
      const spbeApi = mockSpbeApi({
        listProposals: async () => ({ items: [], total: 0 }),
      });
      await renderProposals('/usulan', spbeApi);
      expect(
        await screen.findByText(/Belum ada usulan\. Buat usulan dari tab/),
      ).toBeInTheDocument();
    });
  });

  describe('form', () => {
    afterEach(() => {
      jest.useRealTimers();
    });

    it('shows the live reuse analysis once the user pauses typing', async () => {
      const spbeApi = mockSpbeApi({ reuseCheck: async () => reuseAnalysis });
      await renderProposals('/usulan/baru', spbeApi);
      // The agency comes from the user's group tree.
      await agencyPrefilled();
      expect(
        screen.getByText(
          /analisis guna ulang muncul di sini saat Anda mengetik/,
        ),
      ).toBeInTheDocument();

      jest.useFakeTimers();
      const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
      await user.type(field(/Nama aplikasi/), 'Sistem Surat Dinas');
      await user.type(field(/Fungsi/), 'surat masuk{Enter}disposisi pimpinan');
      await act(async () => {
        jest.advanceTimersByTime(500);
      });
      // Debounced: nothing is asked while the user types.
      expect(spbeApi.reuseCheck).not.toHaveBeenCalled();

      await act(async () => {
        jest.advanceTimersByTime(200);
      });
      expect(
        await screen.findByText(
          'Sudah ada layanan untuk kebutuhan ini: gunakan ulang SRIKANDI',
        ),
      ).toBeInTheDocument();
      expect(spbeApi.reuseCheck).toHaveBeenCalledTimes(1);
      expect(spbeApi.reuseCheck).toHaveBeenCalledWith({
        name: 'Sistem Surat Dinas',
        functions: ['surat masuk', 'disposisi pimpinan'],
        dataUsed: [],
        agency: 'group:default/kemenkeu',
        limit: 5,
      });
      expect(screen.getByText(reuseAnalysis.summary)).toBeInTheDocument();
      expect(
        screen.getByText('pengguna masuk dengan akun ASN', { exact: false }),
      ).toBeInTheDocument();
    });

    it('shows an error in place of the analysis when the check fails', async () => {
      const spbeApi = mockSpbeApi({
        reuseCheck: async () => {
          throw new Error('engine down');
        },
      });
      await renderProposals('/usulan/baru?kebutuhan=surat%20masuk', spbeApi);
      // The need typed in the finder fills description and functions.
      expect(field(/Deskripsi kebutuhan/)).toHaveValue('surat masuk');
      expect(field(/Fungsi/)).toHaveValue('surat masuk');

      await userEvent.type(field(/Nama aplikasi/), 'Surat');
      expect(
        await screen.findByText(/Analisis guna ulang gagal/),
      ).toBeInTheDocument();
    });

    it('submits the typed fields and opens the new proposal', async () => {
      const created = proposal({
        id: 'USL-2026-020',
        name: 'Sistem Surat Dinas',
      });
      const spbeApi = mockSpbeApi({
        reuseCheck: () => pending(),
        createProposal: async () => created,
        getProposal: async () => ({ proposal: created, history: [] }),
      });
      await renderProposals('/usulan/baru', spbeApi);
      await agencyPrefilled();

      const user = userEvent.setup();
      // Pasted: typing every key re-renders the page and is slow under load.
      await user.click(field(/Nama aplikasi/));
      await user.paste('Sistem Surat Dinas');
      await user.click(field(/Deskripsi kebutuhan/));
      await user.paste('  Surat masuk dan disposisi ');
      await user.click(field(/Fungsi/));
      await user.paste('surat masuk\ndisposisi pimpinan\n\nsurat masuk');
      await user.click(field(/Data yang digunakan/));
      await user.paste('data pegawai');
      await user.click(
        screen.getByRole('spinbutton', { name: /Perkiraan anggaran/ }),
      );
      await user.paste('1500000000');
      await userEvent.click(
        screen.getByRole('button', { name: 'Ajukan usulan' }),
      );

      await waitFor(() =>
        expect(spbeApi.createProposal).toHaveBeenCalledWith({
          name: 'Sistem Surat Dinas',
          description: 'Surat masuk dan disposisi',
          functions: ['surat masuk', 'disposisi pimpinan'],
          dataUsed: ['data pegawai'],
          agency: 'group:default/kemenkeu',
          estimatedBudget: 1500000000,
          submit: true,
        }),
      );
      expect(
        await screen.findByRole('heading', { name: 'Sistem Surat Dinas' }),
      ).toBeInTheDocument();
      expect(spbeApi.getProposal).toHaveBeenCalledWith('USL-2026-020');
    });

    it('fills and submits the form by keyboard, with progress while the analysis runs', async () => {
      const created = proposal({ id: 'USL-2026-021', name: 'Arsip' });
      const spbeApi = mockSpbeApi({
        reuseCheck: () => pending(),
        createProposal: async () => created,
        getProposal: async () => ({ proposal: created, history: [] }),
      });
      await renderProposals('/usulan/baru', spbeApi);
      await agencyPrefilled();
      const user = userEvent.setup();

      const name = field(/Nama aplikasi/);
      for (let i = 0; i < 40 && document.activeElement !== name; i++) {
        await user.tab();
      }
      expect(name).toHaveFocus();
      await user.keyboard('Arsip');
      await user.tab();
      await user.keyboard('Arsip dinamis');
      await user.tab();
      expect(field(/Fungsi/)).toHaveFocus();
      await user.keyboard('arsip surat');
      // Data, agency (already chosen) and budget stay as they are.
      for (let i = 0; i < 10; i++) {
        if (
          document.activeElement ===
          screen.getByRole('button', { name: 'Ajukan usulan' })
        ) {
          break;
        }
        await user.tab();
      }
      expect(
        screen.getByRole('button', { name: 'Ajukan usulan' }),
      ).toHaveFocus();
      // The live analysis is running (it never answers here).
      expect(await screen.findByRole('progressbar')).toBeInTheDocument();
      await user.keyboard('{Enter}');

      await waitFor(() =>
        expect(spbeApi.createProposal).toHaveBeenCalledWith({
          name: 'Arsip',
          description: 'Arsip dinamis',
          functions: ['arsip surat'],
          dataUsed: [],
          agency: 'group:default/kemenkeu',
          submit: true,
        }),
      );
      expect(
        await screen.findByRole('heading', { name: 'Arsip' }),
      ).toBeInTheDocument();
    });

    it('names the missing fields instead of submitting an incomplete proposal', async () => {
      const spbeApi = mockSpbeApi();
      await renderProposals('/usulan/baru', spbeApi);
      await agencyPrefilled();

      await userEvent.click(
        screen.getByRole('button', { name: 'Ajukan usulan' }),
      );

      expect(await screen.findByText('Nama wajib diisi')).toBeInTheDocument();
      expect(screen.getByText('Deskripsi wajib diisi')).toBeInTheDocument();
      expect(
        screen.getByText('Tulis setidaknya satu fungsi'),
      ).toBeInTheDocument();
      expect(screen.queryByText('Pilih instansi')).toBeNull();
      expect(spbeApi.createProposal).not.toHaveBeenCalled();
    });
  });

  describe('review screen', () => {
    it('hides the decision controls from a user who may not decide', async () => {
      const spbeApi = detailApi({ status: 'in-review' });
      await renderProposals('/usulan/USL-2026-014', spbeApi);

      expect(
        await screen.findByRole('heading', { name: 'Sistem Surat Dinas' }),
      ).toBeInTheDocument();
      expect(screen.queryByText('Keputusan arsitek')).toBeNull();
      expect(
        screen.queryByRole('button', { name: 'Simpan keputusan' }),
      ).toBeNull();
      // The proposer may withdraw instead.
      expect(
        screen.getByRole('button', { name: 'Tarik usulan' }),
      ).toBeInTheDocument();
    });

    it('withdraws a pending proposal and shows its new status', async () => {
      const spbeApi = detailApi({ status: 'submitted' });
      spbeApi.withdrawProposal.mockResolvedValue(
        proposal({ status: 'withdrawn' }),
      );
      await renderProposals('/usulan/USL-2026-014', spbeApi);
      const withdraw = await screen.findByRole('button', {
        name: 'Tarik usulan',
      });
      expect(
        screen.getByText('Diajukan', { selector: 'span' }),
      ).toBeInTheDocument();

      spbeApi.getProposal.mockResolvedValue({
        proposal: proposal({ status: 'withdrawn' }),
        history: proposalHistory,
      });
      await userEvent.click(withdraw);

      expect(spbeApi.withdrawProposal).toHaveBeenCalledWith('USL-2026-014', {
        version: 3,
      });
      expect(await screen.findByText('Ditarik')).toBeInTheDocument();
      expect(screen.queryByRole('button', { name: 'Tarik usulan' })).toBeNull();
    });

    it('shows a load error for a proposal that cannot be read', async () => {
      const spbeApi = mockSpbeApi({
        getProposal: async () => {
          throw await responseError(404, 'NotFoundError', 'no proposal USL-0');
        },
      });
      await renderProposals('/usulan/USL-0', spbeApi);
      expect(
        await screen.findByText(/Usulan tidak dapat dimuat/),
      ).toBeInTheDocument();
    });
  });
});
