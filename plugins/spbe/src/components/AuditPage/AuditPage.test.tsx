import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AuditItem } from '@internal/plugin-spbe-common';
import {
  auditCampaign,
  auditDetail,
  auditItem,
} from '../../__fixtures__/reuse';
import { mockSpbeApi, MockSpbeApi } from '../../__fixtures__/spbeApi';
import { renderSpbePage } from '../../__testUtils__/renderPage';
import { AuditPage } from './AuditPage';

/*
 * The audit as a coordinator's staff, who classify but may not open
 * campaigns (permission decisions are cached module-wide: one role per file).
 */
function renderAudit(spbeApi: MockSpbeApi) {
  return renderSpbePage(<AuditPage />, { spbeApi, path: '/audit' });
}

/** 45 open items of the campaign, served a page at a time like the backend. */
function auditApi(items: AuditItem[] = range(1, 45).map(id => auditItem(id))) {
  let classified = 10;
  const spbeApi = mockSpbeApi({
    listAudits: async () => ({ items: [auditCampaign] }),
    getAudit: async () => auditDetail(classified),
    listAuditItems: async (_id, query) => ({
      items: items.slice(
        query?.offset ?? 0,
        (query?.offset ?? 0) + (query?.limit ?? 20),
      ),
      total: items.length,
    }),
    classifyAuditItem: async (_auditId, itemId, request) => {
      classified += 1;
      return {
        ...auditItem(itemId),
        classification: request.classification,
        version: 2,
      };
    },
  });
  return spbeApi;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

const progressText = () => screen.getByText(/aplikasi diklasifikasi/);

/** Opens a select by its label and picks an option. */
async function choose(label: string, option: string) {
  await userEvent.click(screen.getByLabelText(label));
  await userEvent.click(await screen.findByRole('option', { name: option }));
}

// A cold test app and typing on a loaded 2-core machine take up to ~13 s.
jest.setTimeout(30_000);

describe('AuditPage', () => {
  it('lists the open items of the campaign a page at a time', async () => {
    const spbeApi = auditApi();
    await renderAudit(spbeApi);

    expect(
      await screen.findByText('Aplikasi dalam Audit PMK 2026'),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('link', { name: 'Aplikasi 1' }),
    ).toHaveAttribute('href', '/catalog/default/component/aplikasi-1');
    expect(
      screen.getByRole('link', { name: 'Aplikasi 20' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Aplikasi 21' })).toBeNull();
    expect(spbeApi.listAuditItems).toHaveBeenLastCalledWith('audit-pmk-2026', {
      agency: undefined,
      classified: false,
      limit: 20,
      offset: 0,
    });
    expect(spbeApi.getAudit).toHaveBeenCalledWith('audit-pmk-2026');
    expect(progressText()).toHaveTextContent(
      '10 dari 50 aplikasi diklasifikasi (20.0%)',
    );

    await userEvent.click(screen.getByRole('button', { name: /next page/i }));

    expect(
      await screen.findByRole('link', { name: 'Aplikasi 21' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Aplikasi 1' })).toBeNull();
    expect(spbeApi.listAuditItems).toHaveBeenLastCalledWith('audit-pmk-2026', {
      agency: undefined,
      classified: false,
      limit: 20,
      offset: 20,
    });
  });

  it('classifies an item, then moves the progress figure and reloads the items', async () => {
    const spbeApi = auditApi();
    await renderAudit(spbeApi);
    const progressbar = await screen.findByRole('progressbar', {
      name: 'Kemajuan',
    });
    expect(progressbar).toHaveAttribute('aria-valuenow', '20');

    await userEvent.click(
      await screen.findByRole('button', { name: 'Klasifikasi Aplikasi 3' }),
    );
    const dialog = await screen.findByRole('dialog');
    expect(
      within(dialog).getByText('Klasifikasi Aplikasi 3'),
    ).toBeInTheDocument();
    await userEvent.click(
      within(dialog).getByRole('button', { name: /^Klasifikasi/ }),
    );
    await userEvent.click(
      await screen.findByRole('option', { name: 'Gabungkan' }),
    );
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: /Aplikasi tujuan/ }),
      'component:default/simpeg-kemdikbud',
    );
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: /Alasan/ }),
      'Fungsi sama dengan SIMPEG',
    );
    const listCalls = spbeApi.listAuditItems.mock.calls.length;
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Simpan' }),
    );

    expect(spbeApi.classifyAuditItem).toHaveBeenCalledWith(
      'audit-pmk-2026',
      3,
      {
        version: 1,
        classification: 'merge',
        rationale: 'Fungsi sama dengan SIMPEG',
        target: 'component:default/simpeg-kemdikbud',
      },
    );
    await waitFor(() =>
      expect(progressText()).toHaveTextContent(
        '11 dari 50 aplikasi diklasifikasi (22.0%)',
      ),
    );
    expect(
      screen.getByRole('progressbar', { name: 'Kemajuan' }),
    ).toHaveAttribute('aria-valuenow', '22');
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() =>
      expect(spbeApi.listAuditItems.mock.calls.length).toBeGreaterThan(
        listCalls,
      ),
    );
  });

  it('classifies by keyboard', async () => {
    const spbeApi = auditApi();
    await renderAudit(spbeApi);
    const user = userEvent.setup();
    const classify = await screen.findByRole('button', {
      name: 'Klasifikasi Aplikasi 1',
    });

    for (let i = 0; i < 60 && document.activeElement !== classify; i++) {
      await user.tab();
    }
    expect(classify).toHaveFocus();
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog');
    const rationale = within(dialog).getByRole('textbox', { name: /Alasan/ });
    for (let i = 0; i < 10 && document.activeElement !== rationale; i++) {
      await user.tab();
    }
    expect(rationale).toHaveFocus();
    await user.keyboard('Dipakai layanan inti');
    await user.tab();
    await user.tab();
    expect(
      within(dialog).getByRole('button', { name: 'Simpan' }),
    ).toHaveFocus();
    await user.keyboard('{Enter}');

    await waitFor(() =>
      expect(spbeApi.classifyAuditItem).toHaveBeenCalledWith(
        'audit-pmk-2026',
        1,
        {
          version: 1,
          classification: 'keep',
          rationale: 'Dipakai layanan inti',
          target: undefined,
        },
      ),
    );
  });

  it('sends the ministry and state filters to the API', async () => {
    const spbeApi = auditApi();
    await renderAudit(spbeApi);
    await screen.findByRole('link', { name: 'Aplikasi 1' });

    await choose('Instansi', 'kemenkes');
    await waitFor(() =>
      expect(spbeApi.listAuditItems).toHaveBeenLastCalledWith(
        'audit-pmk-2026',
        {
          agency: 'group:default/kemenkes',
          classified: false,
          limit: 20,
          offset: 0,
        },
      ),
    );

    await choose('Keadaan', 'Sudah diklasifikasi');
    await waitFor(() =>
      expect(spbeApi.listAuditItems).toHaveBeenLastCalledWith(
        'audit-pmk-2026',
        {
          agency: 'group:default/kemenkes',
          classified: true,
          limit: 20,
          offset: 0,
        },
      ),
    );

    await choose('Keadaan', 'Semua');
    await waitFor(() =>
      expect(spbeApi.listAuditItems).toHaveBeenLastCalledWith(
        'audit-pmk-2026',
        {
          agency: 'group:default/kemenkes',
          classified: undefined,
          limit: 20,
          offset: 0,
        },
      ),
    );
  });

  it('says when no item matches the filters', async () => {
    await renderAudit(auditApi([]));
    expect(
      await screen.findByText('Tidak ada aplikasi dengan filter ini.'),
    ).toBeInTheDocument();
  });

  it('says when there is no campaign yet, without the architect form', async () => {
    const spbeApi = mockSpbeApi({ listAudits: async () => ({ items: [] }) });
    await renderAudit(spbeApi);

    expect(
      await screen.findByText('Belum ada kampanye audit'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/Arsitek SPBE membuka kampanye; hubungi mereka/),
    ).toBeInTheDocument();
    expect(screen.queryByText('Buka kampanye audit')).toBeNull();
    expect(spbeApi.getAudit).not.toHaveBeenCalled();
  });

  it('shows a load error', async () => {
    const spbeApi = mockSpbeApi({
      listAudits: async () => {
        throw new Error('Service Unavailable');
      },
    });
    await renderAudit(spbeApi);
    expect(
      await screen.findByText(/Audit tidak dapat dimuat/),
    ).toBeInTheDocument();
  });
});
