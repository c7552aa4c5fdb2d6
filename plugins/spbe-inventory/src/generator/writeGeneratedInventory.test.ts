import { promises as fs } from 'fs';
import os from 'os';
import { join } from 'path';
import { loadAgencySeeds } from '../agencies/loadAgencySeeds';
import { readInventoryFile } from '../read/readInventory';
import { NATIONAL_AGENCIES } from './__fixtures__/nationalAgencies';
import { generateInventory } from './generateInventory';
import { writeGeneratedInventory } from './writeGeneratedInventory';

describe('writeGeneratedInventory', () => {
  const generated = generateInventory({
    size: 1_500,
    seed: 3,
    nationalAgencies: NATIONAL_AGENCIES,
  });

  it('writes inventory, agencies and labels that read back unchanged', async () => {
    const dir = await fs.mkdtemp(join(os.tmpdir(), 'spbe-gen-'));
    await writeGeneratedInventory(dir, generated);
    expect((await fs.readdir(dir)).sort()).toEqual([
      'agencies.yaml',
      'inventory.csv',
      'labels.json',
    ]);

    const read = await readInventoryFile(join(dir, 'inventory.csv'));
    expect(read.errors).toEqual([]);
    expect(read.rows.map(({ rowNumber, ...row }) => row)).toEqual(
      generated.rows,
    );

    // agencies.yaml is what loadAgencySeeds reads from <catalog-info>/agencies.
    const catalogInfo = await fs.mkdtemp(
      join(os.tmpdir(), 'spbe-gen-catalog-'),
    );
    await fs.mkdir(join(catalogInfo, 'agencies'));
    await fs.copyFile(
      join(dir, 'agencies.yaml'),
      join(catalogInfo, 'agencies', 'generated.yaml'),
    );
    const seeds = await loadAgencySeeds(catalogInfo);
    expect(seeds.map(s => s.name)).toEqual(
      generated.agencies.map(
        a => (a as { metadata: { name: string } }).metadata.name,
      ),
    );

    const labels = JSON.parse(
      await fs.readFile(join(dir, 'labels.json'), 'utf8'),
    );
    expect(labels).toEqual({
      duplicateGroups: generated.duplicateGroups,
      traps: generated.traps,
    });
  });

  it('writes byte-identical files for the same seed', async () => {
    const again = generateInventory({
      size: 1_500,
      seed: 3,
      nationalAgencies: NATIONAL_AGENCIES,
    });
    const [a, b] = [
      await fs.mkdtemp(join(os.tmpdir(), 'spbe-a-')),
      await fs.mkdtemp(join(os.tmpdir(), 'spbe-b-')),
    ];
    await writeGeneratedInventory(a, generated);
    await writeGeneratedInventory(b, again);
    for (const file of ['inventory.csv', 'agencies.yaml', 'labels.json']) {
      expect(
        (await fs.readFile(join(b, file))).equals(
          await fs.readFile(join(a, file)),
        ),
      ).toBe(true);
    }
  });

  it('writes an XLSX inventory when asked', async () => {
    const dir = await fs.mkdtemp(join(os.tmpdir(), 'spbe-gen-x-'));
    const small = generateInventory({
      size: 200,
      seed: 1,
      nationalAgencies: NATIONAL_AGENCIES,
    });
    await writeGeneratedInventory(dir, small, { format: 'xlsx' });
    const read = await readInventoryFile(join(dir, 'inventory.xlsx'));
    expect(read.rows.map(({ rowNumber, ...row }) => row)).toEqual(small.rows);
  });
});
