import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { ReuseProposal } from '@internal/spbe-reuse-engine';
import { loadPlatformRegistry, PlatformRegistry, readInventoryFile } from '@internal/spbe-inventory';
import { rowsToApplications } from '@internal/spbe-reuse-cli';

// eslint-disable-next-line no-restricted-syntax -- run from this checkout, never bundled
const ROOT = resolve(__dirname, '../../..');
export const DATA = join(ROOT, 'bench/data');

export interface LabelledProposal extends ReuseProposal { id: string; expected: string[] }

/** A hand-labelled set: inventory, duplicate groups and proposals (files under bench/data). */
export interface LabelledSetFiles {
  /** Short name (`DIAG_SET` of diagnose.ts). */
  key: string;
  title: string;
  inventory: string;
  groups: string;
  proposals: string;
  /** Written by the engine's developers to test one behaviour: no labelling of its own in agreement.ts. */
  developerWritten?: boolean;
}

export const LABELLED_SETS: LabelledSetFiles[] = [
  {
    key: 'hand',
    title: 'Hand-labelled set',
    inventory: 'hand-labelled-inventory.csv',
    groups: 'hand-labelled-groups.json',
    proposals: 'proposals.json',
  },
  {
    key: 'holdout',
    title: 'Held-out hand-labelled set (written blind to the engine; what it was used for: docs/benchmarks.md)',
    inventory: 'holdout-inventory.csv',
    groups: 'holdout-groups.json',
    proposals: 'holdout-proposals.json',
  },
  {
    key: 'blind3',
    title: 'Third hand-labelled set (written blind to the engine; read for tuning since 2026-12-06: docs/benchmarks.md)',
    inventory: 'blind3-inventory.csv',
    groups: 'blind3-groups.json',
    proposals: 'blind3-proposals.json',
  },
  {
    key: 'blind4',
    title: 'Fourth hand-labelled set (written blind to the engine; read for tuning since 2026-12-06: docs/benchmarks.md)',
    inventory: 'blind4-inventory.csv',
    groups: 'blind4-groups.json',
    proposals: 'blind4-proposals.json',
  },
  {
    key: 'blind5',
    title: 'Fifth hand-labelled set (written blind to the engine; read for tuning since the sixth set, 2026-12-06: docs/benchmarks.md)',
    inventory: 'blind5-inventory.csv',
    groups: 'blind5-groups.json',
    proposals: 'blind5-proposals.json',
  },
  {
    key: 'blind6',
    title: 'Sixth hand-labelled set (written blind to the engine; read for tuning since the seventh set, 2026-12-06: docs/benchmarks.md)',
    inventory: 'blind6-inventory.csv',
    groups: 'blind6-groups.json',
    proposals: 'blind6-proposals.json',
  },
  {
    key: 'blind7',
    title: 'Seventh hand-labelled set (written blind to the engine; read for tuning since the eighth set, 2026-12-07: docs/benchmarks.md)',
    inventory: 'blind7-inventory.csv',
    groups: 'blind7-groups.json',
    proposals: 'blind7-proposals.json',
  },
  {
    key: 'blind8',
    title: 'Eighth hand-labelled set (written blind to the engine; read for tuning since the ninth set, 2026-12-07: docs/benchmarks.md)',
    inventory: 'blind8-inventory.csv',
    groups: 'blind8-groups.json',
    proposals: 'blind8-proposals.json',
  },
  {
    key: 'blind9',
    title: 'Ninth hand-labelled set (written blind to the engine; read for tuning since the tenth set, 2026-12-07: docs/benchmarks.md)',
    inventory: 'blind9-inventory.csv',
    groups: 'blind9-groups.json',
    proposals: 'blind9-proposals.json',
  },
  {
    key: 'blind10',
    title: 'Tenth hand-labelled set (written blind to the engine; read for tuning since the eleventh set, 2026-12-07: docs/benchmarks.md)',
    inventory: 'blind10-inventory.csv',
    groups: 'blind10-groups.json',
    proposals: 'blind10-proposals.json',
  },
  {
    key: 'blind11',
    title: 'Eleventh hand-labelled set (written blind to the engine; read for tuning since the twelfth set, 2026-12-07: docs/benchmarks.md)',
    inventory: 'blind11-inventory.csv',
    groups: 'blind11-groups.json',
    proposals: 'blind11-proposals.json',
  },
  {
    key: 'blind12',
    title: 'Twelfth hand-labelled set (written blind to the engine; read for tuning since the thirteenth set, 2026-12-07: docs/benchmarks.md)',
    inventory: 'blind12-inventory.csv',
    groups: 'blind12-groups.json',
    proposals: 'blind12-proposals.json',
  },
  {
    key: 'blind13',
    title: 'Thirteenth hand-labelled set (written blind to the engine; read for tuning since the fourteenth set, 2026-12-07: docs/benchmarks.md)',
    inventory: 'blind13-inventory.csv',
    groups: 'blind13-groups.json',
    proposals: 'blind13-proposals.json',
  },
  {
    key: 'blind14',
    title: 'Fourteenth hand-labelled set (written blind to the engine; read for tuning since the fifteenth set, 2026-12-07: docs/benchmarks.md)',
    inventory: 'blind14-inventory.csv',
    groups: 'blind14-groups.json',
    proposals: 'blind14-proposals.json',
  },
  {
    key: 'blind15',
    title: 'Fifteenth hand-labelled set (written blind to the engine; read for tuning since the sixteenth set, 2026-12-07: docs/benchmarks.md)',
    inventory: 'blind15-inventory.csv',
    groups: 'blind15-groups.json',
    proposals: 'blind15-proposals.json',
  },
  {
    key: 'blind16',
    title: 'Sixteenth hand-labelled set (written blind to the engine; read for tuning since the seventeenth set, 2026-12-07: docs/benchmarks.md)',
    inventory: 'blind16-inventory.csv',
    groups: 'blind16-groups.json',
    proposals: 'blind16-proposals.json',
  },
  {
    key: 'blind17',
    title: 'Seventeenth hand-labelled set (written blind to the engine; read for tuning since the eighteenth set, 2026-12-07: docs/benchmarks.md)',
    inventory: 'blind17-inventory.csv',
    groups: 'blind17-groups.json',
    proposals: 'blind17-proposals.json',
  },
  {
    key: 'blind18',
    title: 'Eighteenth hand-labelled set (written blind to the engine; read for tuning since the nineteenth set, 2026-12-07: docs/benchmarks.md)',
    inventory: 'blind18-inventory.csv',
    groups: 'blind18-groups.json',
    proposals: 'blind18-proposals.json',
  },
  {
    key: 'blind19',
    title: 'Nineteenth hand-labelled set (written blind to the engine; read for tuning since the twentieth set, 2026-12-07: docs/benchmarks.md)',
    inventory: 'blind19-inventory.csv',
    groups: 'blind19-groups.json',
    proposals: 'blind19-proposals.json',
  },
  {
    key: 'blind20',
    title: 'Twentieth hand-labelled set (written blind to the engine; read for tuning since the twenty-first set, 2026-12-07: docs/benchmarks.md)',
    inventory: 'blind20-inventory.csv',
    groups: 'blind20-groups.json',
    proposals: 'blind20-proposals.json',
  },
  {
    key: 'blind21',
    title: 'Twenty-first hand-labelled set (written blind to the engine; read for tuning since the twenty-second set, 2026-12-08: docs/benchmarks.md)',
    inventory: 'blind21-inventory.csv',
    groups: 'blind21-groups.json',
    proposals: 'blind21-proposals.json',
  },
  {
    key: 'blind22',
    title: 'Twenty-second hand-labelled set (written blind to the engine; read for tuning since the twenty-third set, 2026-12-08: docs/benchmarks.md)',
    inventory: 'blind22-inventory.csv',
    groups: 'blind22-groups.json',
    proposals: 'blind22-proposals.json',
  },
  {
    key: 'blind23',
    title: 'Twenty-third hand-labelled set (written blind to the engine; read for tuning since the twenty-fourth set, 2026-12-08: docs/benchmarks.md)',
    inventory: 'blind23-inventory.csv',
    groups: 'blind23-groups.json',
    proposals: 'blind23-proposals.json',
  },
  {
    key: 'blind24',
    title: 'Twenty-fourth hand-labelled set (written blind to the engine; read for tuning since the twenty-fifth set, 2026-12-08: docs/benchmarks.md)',
    inventory: 'blind24-inventory.csv',
    groups: 'blind24-groups.json',
    proposals: 'blind24-proposals.json',
  },
  {
    key: 'blind25',
    title: 'Twenty-fifth hand-labelled set (blind: written blind to the engine and never used for tuning; docs/benchmarks.md)',
    inventory: 'blind25-inventory.csv',
    groups: 'blind25-groups.json',
    proposals: 'blind25-proposals.json',
  },
  {
    key: 'acronyms',
    title: 'Borrowed dictionary acronyms (written after the engine by its developers: a tuning set; bench/data/acronyms-build.py)',
    inventory: 'acronyms-inventory.csv',
    groups: 'acronyms-groups.json',
    proposals: 'acronyms-proposals.json',
    developerWritten: true,
  },
];

/** The set kept blind: run only to measure, its errors not read (the diagnostics refuse it). */
export const BLIND_SET = 'blind25';

let platforms: Promise<PlatformRegistry> | undefined;

export async function loadLabelledSet(files: LabelledSetFiles) {
  const inv = await readInventoryFile(join(DATA, files.inventory));
  if (inv.errors.length) throw new Error(JSON.stringify(inv.errors));
  // as the CLI reads an inventory from this checkout: the portal's registered
  // national platforms recognised in rows without jenis
  const apps = rowsToApplications(inv.rows, await (platforms ??= loadPlatformRegistry(join(ROOT, 'catalog-info'))));
  const groups: Array<{ id: string; members: string[] }> = JSON.parse(
    await readFile(join(DATA, files.groups), 'utf8'),
  ).duplicateGroups;
  const proposals: LabelledProposal[] = JSON.parse(await readFile(join(DATA, files.proposals), 'utf8')).proposals.map(
    (p: Record<string, unknown>) => ({ id: p.id, name: p.nama, description: p.deskripsi, expected: p.expected }),
  );
  return { apps, groups, proposals };
}

