import { mockServices } from '@backstage/backend-test-utils';
import {
  EntityProviderConnection,
  EntityProviderMutation,
} from '@backstage/plugin-catalog-node';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testReferenceData } from '../__fixtures__/testReferenceData';
import { SpbeReferenceData } from '../referenceData';
import { ImportReport, ImportReportStore, NewImportReport } from '../report';
import { SpbeInventoryEntityProvider } from './SpbeInventoryEntityProvider';

class MemoryReportStore implements ImportReportStore {
  readonly reports: ImportReport[] = [];
  async addReport(report: NewImportReport) {
    const stored = { id: this.reports.length + 1, ...report };
    this.reports.push(stored);
    return stored;
  }
  async listLatestReports() {
    return this.reports.slice(-1);
  }
  async listReports() {
    return [...this.reports].reverse();
  }
}

const HEADER = 'id,nama,deskripsi,instansi,jenis,kode_ral,status';
const ROW_SEHAT =
  'SEHAT-01,SehatKu,Layanan kesehatan,Kemenkes,Aplikasi Umum,ral.2.03,aktif';
const ROW_OBAT = 'OBAT-1,Cek Obat,,BPOM,K,,pengembangan';
const ROW_KOTA = 'BDG 7,Bandung Smart,,Kota Bandung,khusus,,';
const ROW_UNKNOWN = 'X-1,Entah,,Dinas Antah Berantah,khusus,,';

function entityNames(mutation: EntityProviderMutation): string[] {
  const items = mutation.type === 'full' ? mutation.entities : mutation.added;
  return items.map(d => d.entity.metadata.name).sort();
}

describe('SpbeInventoryEntityProvider', () => {
  let dir: string;
  let path: string;
  let mutations: EntityProviderMutation[];
  let store: MemoryReportStore;
  let data: SpbeReferenceData;
  let provider: SpbeInventoryEntityProvider;
  const taskRunner = { run: jest.fn(async () => {}) };

  async function writeInventory(...rows: string[]) {
    await writeFile(path, `${[HEADER, ...rows].join('\n')}\n`);
  }

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'spbe-inv-'));
    path = join(dir, 'kemenkes.csv');
    mutations = [];
    store = new MemoryReportStore();
    data = testReferenceData();
    provider = new SpbeInventoryEntityProvider({
      path,
      logger: mockServices.logger.mock(),
      taskRunner,
      referenceData: { get: async () => data },
      reportStore: store,
    });
    const connection: EntityProviderConnection = {
      applyMutation: async mutation => {
        mutations.push(mutation);
      },
      refresh: async () => {},
    };
    await provider.connect(connection);
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('is named after the file and schedules its refresh', () => {
    expect(provider.getProviderName()).toBe('spbe-inventory:kemenkes.csv');
    expect(taskRunner.run).toHaveBeenCalledWith({
      id: 'spbe-inventory:kemenkes.csv:refresh',
      fn: expect.any(Function),
    });
  });

  it('applies a full mutation first; bad rows go to the report and good rows land', async () => {
    await writeInventory(ROW_SEHAT, ROW_OBAT, ROW_UNKNOWN, ROW_KOTA);
    const report = await provider.refresh();

    expect(mutations).toHaveLength(1);
    expect(mutations[0].type).toBe('full');
    expect(entityNames(mutations[0])).toEqual([
      'bpom-obat-1',
      'kemenkes-sehat-01',
      'pemkot-bandung-bdg-7',
    ]);
    const full = mutations[0] as Extract<
      EntityProviderMutation,
      { type: 'full' }
    >;
    const sehat = full.entities.find(
      d => d.entity.metadata.name === 'kemenkes-sehat-01',
    );
    expect(sehat).toEqual({
      locationKey: 'spbe-inventory:kemenkes.csv',
      entity: {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: {
          name: 'kemenkes-sehat-01',
          title: 'SehatKu',
          description: 'Layanan kesehatan',
          annotations: {
            'backstage.io/managed-by-location': `spbe-inventory:${path}`,
            'backstage.io/managed-by-origin-location': `spbe-inventory:${path}`,
            'spbe.go.id/inventory-source': 'kemenkes.csv#SEHAT-01',
            'spbe.go.id/jenis': 'umum',
            'spbe.go.id/kode-ral': 'ral.2.03',
            'spbe.go.id/status': 'aktif',
          },
        },
        spec: {
          type: 'aplikasi',
          lifecycle: 'production',
          owner: 'group:default/kemenkes',
        },
      },
    });

    expect(report).toMatchObject({
      file: 'kemenkes.csv',
      status: 'ok',
      counts: {
        rows: 4,
        imported: 3,
        errors: 1,
        added: 3,
        updated: 0,
        removed: 0,
      },
      rowErrorCount: 1,
      rowErrors: [
        {
          file: 'kemenkes.csv',
          row: 4,
          column: 'instansi',
          value: 'Dinas Antah Berantah',
          reason:
            'instansi "Dinas Antah Berantah" matches no agency of the agency directory',
        },
      ],
    });
    expect(store.reports).toHaveLength(1);
  });

  it('changes nothing when the same file is imported again', async () => {
    await writeInventory(ROW_SEHAT, ROW_OBAT);
    await provider.refresh();
    await writeInventory(ROW_SEHAT, ROW_OBAT);
    await expect(provider.refresh()).resolves.toBeUndefined();
    expect(mutations).toHaveLength(1);
    expect(store.reports).toHaveLength(1);
  });

  it('applies deltas: new and changed rows added, removed rows removed', async () => {
    await writeInventory(ROW_SEHAT, ROW_OBAT, ROW_KOTA);
    await provider.refresh();
    await writeInventory(
      ROW_SEHAT.replace('SehatKu', 'SehatKu 2'),
      ROW_KOTA,
      'NEW-1,Baru,,Kemenkes,umum,,',
    );
    const report = await provider.refresh();

    expect(mutations).toHaveLength(2);
    const delta = mutations[1];
    expect(delta.type).toBe('delta');
    if (delta.type !== 'delta') throw new Error('expected a delta');
    expect(delta.added.map(d => d.entity.metadata.name)).toEqual([
      'kemenkes-new-1',
      'kemenkes-sehat-01',
    ]);
    expect(delta.added[1].entity.metadata.title).toBe('SehatKu 2');
    expect(delta.removed).toEqual([
      {
        locationKey: 'spbe-inventory:kemenkes.csv',
        entity: expect.objectContaining({ kind: 'Component' }),
      },
    ]);
    expect(
      (delta.removed[0] as { entity: { metadata: { name: string } } }).entity
        .metadata.name,
    ).toBe('bpom-obat-1');
    expect(report?.counts).toEqual({
      rows: 3,
      imported: 3,
      errors: 0,
      added: 1,
      updated: 1,
      removed: 1,
    });
  });

  it('keeps the previous import when the file cannot be parsed', async () => {
    await writeInventory(ROW_SEHAT, ROW_OBAT);
    await provider.refresh();
    await writeFile(path, 'nama,deskripsi\nSehatKu,tanpa id\n');
    const failed = await provider.refresh();

    expect(mutations).toHaveLength(1);
    expect(failed).toMatchObject({
      status: 'parse-failed',
      error: expect.stringContaining('id'),
    });
    await expect(provider.refresh()).resolves.toBeUndefined();

    await writeInventory(ROW_SEHAT);
    await provider.refresh();
    expect(mutations).toHaveLength(2);
    expect(mutations[1]).toMatchObject({
      type: 'delta',
      added: [],
      removed: [expect.anything()],
    });
  });

  it('keeps the previous import when the file disappears', async () => {
    await writeInventory(ROW_SEHAT);
    await provider.refresh();
    await rm(path);
    await expect(provider.refresh()).resolves.toMatchObject({
      status: 'parse-failed',
      error: expect.stringContaining('cannot read'),
    });
    expect(mutations).toHaveLength(1);
  });

  it('re-imports an unchanged file when the agency directory changed', async () => {
    await writeInventory(ROW_SEHAT, ROW_UNKNOWN);
    await provider.refresh();
    const base = testReferenceData();
    data = {
      ...base,
      version: 'v2',
      resolveAgency: text =>
        text === 'Dinas Antah Berantah' ? 'kemenkes' : base.resolveAgency(text),
    };
    const report = await provider.refresh();
    expect(report?.counts).toMatchObject({ imported: 2, errors: 0, added: 1 });
    expect(mutations[1]).toMatchObject({ type: 'delta' });
    expect(entityNames(mutations[1])).toEqual(['kemenkes-x-1']);
  });

  it('imports thousands of rows quickly', async () => {
    const rows = Array.from(
      { length: 27_000 },
      (_, i) => `APP-${i},Aplikasi ${i},,Kemenkes,khusus,RAL.02.03,aktif`,
    );
    await writeInventory(...rows);
    const started = Date.now();
    const report = await provider.refresh();
    expect(report?.counts.imported).toBe(27_000);
    expect(Date.now() - started).toBeLessThan(15_000);
  });
});
