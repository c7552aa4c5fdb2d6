import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { spbeProposalDecidePermission } from '@internal/plugin-spbe-common';
import {
  agencyMailApp,
  proposal,
  proposalHistory,
  srikandi,
} from '../../__fixtures__/reuse';
import { renderSpbePage } from '../../__testUtils__/renderPage';
import {
  mockSpbeApi,
  MockSpbeApi,
  responseError,
} from '../../__fixtures__/spbeApi';
import { ProposalsPage } from './ProposalsPage';

/*
 * The proposals pages as an SPBE architect, who may decide. The developer's
 * view is in ProposalsPage.test.tsx: permission decisions are cached
 * module-wide, so each file keeps one role.
 */
function renderProposals(path: string, spbeApi: MockSpbeApi) {
  return renderSpbePage(<ProposalsPage />, {
    spbeApi,
    path,
    mountPath: '/usulan/*',
    allowed: [spbeProposalDecidePermission],
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

// A cold test app and typing on a loaded 2-core machine take up to ~13 s.
jest.setTimeout(30_000);

describe('ProposalsPage for an architect', () => {
  it('gives architects all proposals and a review queue of submitted ones', async () => {
    const spbeApi = mockSpbeApi({
      listProposals: async () => ({ items: [proposal()], total: 1 }),
    });
    await renderProposals('/usulan', spbeApi);

    expect(await screen.findByText('Semua usulan')).toBeInTheDocument();
    await userEvent.click(
      await screen.findByRole('tab', { name: 'Menunggu tinjauan' }),
    );
    expect(
      await screen.findByText('Usulan menunggu tinjauan'),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(spbeApi.listProposals).toHaveBeenLastCalledWith({
        status: 'submitted',
        limit: 20,
        offset: 0,
      }),
    );
  });

  it('lets an architect take a submitted proposal into review', async () => {
    const spbeApi = detailApi({ status: 'submitted' });
    spbeApi.startReview.mockResolvedValue(proposal({ status: 'in-review' }));
    await renderProposals('/usulan/USL-2026-014', spbeApi);

    await userEvent.click(
      await screen.findByRole('button', { name: 'Mulai tinjauan' }),
    );
    expect(spbeApi.startReview).toHaveBeenCalledWith('USL-2026-014', 3);
    await waitFor(() => expect(spbeApi.getProposal).toHaveBeenCalledTimes(2));
    expect(screen.queryByRole('button', { name: 'Tarik usulan' })).toBeNull();
  });

  it('requires a rationale before deciding', async () => {
    const spbeApi = detailApi({ status: 'in-review' });
    await renderProposals('/usulan/USL-2026-014', spbeApi);
    const save = await screen.findByRole('button', {
      name: 'Simpan keputusan',
    });
    const rationale = field(/Alasan keputusan/);

    // Empty or blank: the field itself says what is missing, and nothing is sent.
    expect(rationale).toBeRequired();
    await userEvent.click(save);
    expect(rationale).toBeInvalid();
    expect(screen.getByText('Alasan keputusan wajib diisi')).toBeVisible();
    await userEvent.type(rationale, '   ');
    expect(screen.queryByText('Alasan keputusan wajib diisi')).not.toBeInTheDocument();
    await userEvent.click(save);
    expect(rationale).toBeInvalid();
    expect(screen.getByText('Alasan keputusan wajib diisi')).toBeVisible();
    expect(spbeApi.decideProposal).not.toHaveBeenCalled();
  });

  it('decides to reuse the top candidate with the typed rationale', async () => {
    const spbeApi = detailApi({ status: 'in-review' });
    spbeApi.decideProposal.mockResolvedValue(
      proposal({ status: 'rejected-reuse' }),
    );
    await renderProposals('/usulan/USL-2026-014', spbeApi);

    // The analysis recommends reuse: the outcome and target are preset.
    expect(
      await screen.findByRole('radio', { name: 'Ditolak: gunakan ulang' }),
    ).toBeChecked();
    expect(
      screen.getByRole('button', {
        name: /Aplikasi yang harus digunakan ulang/,
      }),
    ).toHaveTextContent('SRIKANDI');
    await userEvent.type(
      field(/Alasan keputusan/),
      'SRIKANDI sudah melayani surat dinas',
    );
    await userEvent.click(
      screen.getByRole('button', { name: 'Simpan keputusan' }),
    );

    expect(spbeApi.decideProposal).toHaveBeenCalledWith('USL-2026-014', {
      version: 3,
      outcome: 'rejected-reuse',
      rationale: 'SRIKANDI sudah melayani surat dinas',
      conditions: undefined,
      reuseTarget: 'component:default/srikandi',
    });
    await waitFor(() => expect(spbeApi.getProposal).toHaveBeenCalledTimes(2));
  });

  it('explains a conflicting change (409) clearly', async () => {
    const spbeApi = detailApi({ status: 'in-review' });
    spbeApi.decideProposal.mockRejectedValue(
      await responseError(409, 'ConflictError', 'version 3 is stale'),
    );
    await renderProposals('/usulan/USL-2026-014', spbeApi);

    await userEvent.type(
      await screen.findByRole('textbox', { name: /Alasan keputusan/ }),
      'Gunakan SRIKANDI',
    );
    await userEvent.click(
      screen.getByRole('button', { name: 'Simpan keputusan' }),
    );

    expect(
      await screen.findByText(
        /Usulan telah diubah orang lain\. Muat ulang halaman lalu coba lagi\./,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Tindakan gagal/)).toBeNull();
    expect(spbeApi.getProposal).toHaveBeenCalledTimes(1);
  });

  it('decides with conditions by keyboard only', async () => {
    const spbeApi = detailApi({ status: 'in-review' });
    spbeApi.decideProposal.mockResolvedValue(
      proposal({ status: 'approved-with-conditions' }),
    );
    await renderProposals('/usulan/USL-2026-014', spbeApi);
    const user = userEvent.setup();

    const reuse = await screen.findByRole('radio', {
      name: 'Ditolak: gunakan ulang',
    });
    for (let i = 0; i < 40 && document.activeElement !== reuse; i++) {
      await user.tab();
    }
    expect(reuse).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(
      screen.getByRole('radio', { name: 'Disetujui dengan syarat' }),
    ).toBeChecked();
    await user.tab();
    expect(field(/Syarat/)).toHaveFocus();
    await user.keyboard('Integrasi dengan SRIKANDI{Enter}Pakai INApas');
    await user.tab();
    expect(field(/Alasan keputusan/)).toHaveFocus();
    await user.keyboard('Fungsi khusus tetap dibutuhkan');
    await user.tab();
    expect(
      screen.getByRole('button', { name: 'Simpan keputusan' }),
    ).toHaveFocus();
    await user.keyboard('{Enter}');

    await waitFor(() =>
      expect(spbeApi.decideProposal).toHaveBeenCalledWith('USL-2026-014', {
        version: 3,
        outcome: 'approved-with-conditions',
        rationale: 'Fungsi khusus tetap dibutuhkan',
        conditions: ['Integrasi dengan SRIKANDI', 'Pakai INApas'],
        reuseTarget: undefined,
      }),
    );
  });

  it('shows candidates, evidence, DPI requirements and the history', async () => {
    await renderProposals('/usulan/USL-2026-014', detailApi());

    expect(
      await screen.findByRole('heading', { name: 'Sistem Surat Dinas' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Kandidat, bukti, dan kebutuhan DPI'),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: srikandi.name })).toHaveAttribute(
      'href',
      '/catalog/default/component/srikandi',
    );
    expect(screen.getByText(agencyMailApp.reasons[1])).toBeInTheDocument();
    expect(
      screen.getByText(/pengguna masuk dengan akun ASN/),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'ina-pas' })).toHaveAttribute(
      'href',
      '/catalog/default/component/ina-pas',
    );
    expect(
      screen.getByText('Rp 1.500.000.000', { exact: false }),
    ).toBeInTheDocument();

    const history = screen.getByTestId('proposal-history');
    const entries = within(history).getAllByRole('listitem');
    expect(entries).toHaveLength(3);
    expect(entries[0]).toHaveTextContent('Dibuat · budi');
    expect(entries[1]).toHaveTextContent('Diajukan · budi');
    expect(entries[2]).toHaveTextContent('Komentar · sari');
    expect(entries[2]).toHaveTextContent('Mohon bandingkan dengan SRIKANDI');
  });
});
