import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInTestApp, TestApiProvider } from '@backstage/frontend-test-utils';
import { usePermission } from '@backstage/plugin-permission-react';
import { OperationStatus, spbeDuplicateReviewPermission } from '@internal/plugin-spbe-common';
import { spbeApiRef } from '../../api';
import { mockSpbeApi, responseError } from '../../__fixtures__/spbeApi';
import { SyncOperationPanel } from './SyncOperationPanel';

// usePermission caches decisions across renders (SWR); each test sets its own.
jest.mock('@backstage/plugin-permission-react', () => ({
  ...jest.requireActual('@backstage/plugin-permission-react'),
  usePermission: jest.fn(),
}));

const succeeded: OperationStatus = {
  id: 'catalog-sync',
  state: 'succeeded',
  done: 0,
  requestedBy: 'scheduler',
  startedAt: '2026-11-27T10:00:00.000Z',
  finishedAt: '2026-11-27T10:01:00.000Z',
  result: { seen: 27000 },
};
const running = (done: number, phase: OperationStatus['phase'] = 'catalog'): OperationStatus => ({
  id: 'catalog-sync',
  state: 'running',
  phase,
  done,
  total: phase === 'catalog' ? 27000 : undefined,
  requestedBy: 'user:default/arsitek-kemenpanrb',
  startedAt: '2026-11-27T10:00:00.000Z',
});

function render(api: ReturnType<typeof mockSpbeApi>, allowed: boolean, onFinished = jest.fn()) {
  jest.mocked(usePermission).mockImplementation(({ permission }) => ({
    loading: false,
    allowed: allowed && permission.name === spbeDuplicateReviewPermission.name,
  }));
  return renderInTestApp(
    <TestApiProvider apis={[[spbeApiRef, api]]}>
      <SyncOperationPanel onFinished={onFinished} />
    </TestApiProvider>,
  );
}

describe('SyncOperationPanel', () => {
  afterEach(() => jest.useRealTimers());

  it('shows when the analysis last ran, and no start button without the permission', async () => {
    const api = mockSpbeApi({ getSyncOperation: async () => succeeded });
    await render(api, false);
    expect(await screen.findByText(/Terakhir diperbarui/)).toBeInTheDocument();
    expect(screen.getByText(/jadwal otomatis/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Perbarui sekarang' })).not.toBeInTheDocument();
  });

  it('starts a run by keyboard, follows its phases and reloads the page when it ends', async () => {
    jest.useFakeTimers({ advanceTimers: true });
    const states = [running(13500), running(0, 'clusters'), succeeded];
    const api = mockSpbeApi({
      getSyncOperation: async () => (api.startSyncOperation.mock.calls.length ? states.shift()! : succeeded),
      startSyncOperation: async () => running(0),
    });
    const onFinished = jest.fn();
    await render(api, true, onFinished);

    await screen.findByText(/Terakhir diperbarui/);
    const button = screen.getByRole('button', { name: 'Perbarui sekarang' });
    expect(button).toBeEnabled();
    button.focus();
    await userEvent.keyboard('{Enter}');
    expect(api.startSyncOperation).toHaveBeenCalledTimes(1);
    expect(await screen.findByText(/tahap 1 dari 4\): membaca aplikasi dari katalog/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Perbarui sekarang' })).toBeDisabled();

    await act(async () => {
      jest.advanceTimersByTime(1000);
    });
    expect(await screen.findByText(/13\.500 dari 27\.000/)).toBeInTheDocument();
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '50');

    await act(async () => {
      jest.advanceTimersByTime(1000);
    });
    expect(await screen.findByText(/tahap 3 dari 4\): menghitung klaster duplikat/)).toBeInTheDocument();
    expect(onFinished).not.toHaveBeenCalled();

    await act(async () => {
      jest.advanceTimersByTime(1000);
    });
    await waitFor(() => expect(onFinished).toHaveBeenCalledTimes(1));
    expect(screen.getByText(/Terakhir diperbarui/)).toBeInTheDocument();
  });

  it('says so when a run is already going elsewhere', async () => {
    const api = mockSpbeApi({
      getSyncOperation: async () => succeeded,
      startSyncOperation: async () => {
        throw await responseError(409, 'ConflictError', 'already running');
      },
    });
    await render(api, true);
    await screen.findByText(/Terakhir diperbarui/);
    await userEvent.click(screen.getByRole('button', { name: 'Perbarui sekarang' }));
    expect(await screen.findByText('Analisis sedang berjalan; kemajuannya tampil di sini.')).toBeInTheDocument();
  });

  it('shows a failed run with its error', async () => {
    const api = mockSpbeApi({
      getSyncOperation: async () => ({ ...succeeded, state: 'failed', error: 'catalog unreachable' }),
    });
    await render(api, false);
    expect(await screen.findByText(/catalog unreachable/)).toBeInTheDocument();
  });
});
