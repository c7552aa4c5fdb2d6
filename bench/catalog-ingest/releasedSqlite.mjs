/*
 * better-sqlite3 as released, for the `stock` baseline. The portal ships a
 * yarn patch of the SQLite that better-sqlite3 bundles
 * (.yarn/patches/better-sqlite3-*.patch: a b-tree balance no longer leaves the
 * page cache's largest key at the locking page, which made every later commit
 * of an in-memory database scan its whole page cache). This builds the
 * released source once (the installed package with the patch reversed,
 * compiled with node-gyp as `yarn install` does, about 80 s) under
 * `.cache/bench/` and returns the path of its addon.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');

export function releasedSqliteBinding() {
  const require = createRequire(
    join(root, 'packages', 'backend', 'package.json'),
  );
  const installed = dirname(require.resolve('better-sqlite3/package.json'));
  const { version } = require('better-sqlite3/package.json');
  const patches = readdirSync(join(root, '.yarn', 'patches')).filter(f =>
    f.startsWith(`better-sqlite3-npm-${version}-`),
  );
  if (patches.length !== 1)
    throw new Error(
      `expected one better-sqlite3 ${version} patch in .yarn/patches, found ${patches.length}`,
    );
  const patch = join(root, '.yarn', 'patches', patches[0]);
  const dir = join(
    root,
    '.cache',
    'bench',
    `better-sqlite3-${version}-released`,
  );
  const binding = join(dir, 'build', 'Release', 'better_sqlite3.node');
  if (existsSync(binding)) return binding;
  rmSync(dir, { recursive: true, force: true });
  cpSync(installed, dir, {
    recursive: true,
    filter: src => !src.startsWith(join(installed, 'build')),
  });
  execFileSync('patch', ['-R', '-p1', '--no-backup-if-mismatch', '-i', patch], {
    cwd: dir,
    stdio: 'inherit',
  });
  process.stderr.write(
    `building better-sqlite3 ${version} as released in ${dir} ...\n`,
  );
  execFileSync(
    process.execPath,
    [require.resolve('node-gyp/bin/node-gyp.js'), 'rebuild', '--release'],
    {
      cwd: dir,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  if (!existsSync(binding))
    throw new Error(`node-gyp did not produce ${binding}`);
  return binding;
}
