#!/usr/bin/env node
// Pins every @backstage/* package in yarn.lock to the newest non-prerelease version
// published before a cutoff date, through root `resolutions`.
//
// Why: the Backstage release manifest (versions.backstage.io) and create-app's
// yarn.lock seed cannot be fetched on this project's machines, so caret ranges
// resolve to the newest versions on npm, which mixes release lines (seen here:
// signals-backend failing with `httpRouter.addWebSocketHandler is not a function`).
// The cutoff below is the last day of the 1.55.x line (1.56.0 was published on
// 2026-11-17).
//
// Usage: node scripts/pin-backstage-release.mjs [cutoff-date]   then `yarn install`.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const cutoff = new Date(process.argv[2] ?? '2026-11-10T00:00:00Z');
const lock = readFileSync('yarn.lock', 'utf8');
const names = [
  ...new Set(
    [...lock.matchAll(/^"?(@backstage\/[a-z0-9-]+)@/gm)].map(m => m[1]),
  ),
].sort();

function parse(v) {
  return v.split('.').map(Number);
}
function cmp(a, b) {
  const x = parse(a);
  const y = parse(b);
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i] - y[i];
  return 0;
}

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
pkg.resolutions = Object.fromEntries(
  Object.entries(pkg.resolutions ?? {}).filter(
    ([k]) => !k.startsWith('@backstage/'),
  ),
);
for (const name of names) {
  const times = JSON.parse(
    execFileSync('npm', ['view', name, 'time', '--json'], { encoding: 'utf8' }),
  );
  const candidates = Object.entries(times)
    .filter(([v, t]) => /^\d+\.\d+\.\d+$/.test(v) && new Date(t) < cutoff)
    .map(([v]) => v)
    .sort(cmp);
  const best = candidates.at(-1);
  if (!best) {
    // Only newer release lines depend on it; pinning the rest drops it.
    process.stderr.write(`skip ${name}: no release before the cutoff\n`);
    continue;
  }
  pkg.resolutions[name] = best;
  process.stdout.write(`${name} ${best}\n`);
}
pkg.resolutions = Object.fromEntries(
  Object.entries(pkg.resolutions).sort(([a], [b]) => a.localeCompare(b)),
);
writeFileSync('package.json', `${JSON.stringify(pkg, null, 2)}\n`);
