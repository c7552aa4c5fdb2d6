/*
 * Relation fan-in of the benchmark inventory: for every relation type the SPBE
 * processor emits from an application (and the stock `ownedBy`), how many
 * applications point at each target. A target with n incoming relations that
 * carried their reverse would be re-stitched up to n times at a cost
 * proportional to n: the last column (sum of n^2/2) is the number of relation
 * and search rows that costs in the worst case (see docs/architecture.md,
 * "Relations to shared targets").
 *
 *   node --require @backstage/cli/config/nodeTransform.cjs fanIn.ts <work dir>
 */
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { dirname, join, resolve } from 'node:path';
import { loadInventoryEntities } from './inventoryEntities';
import { applicationRelations } from '@internal/plugin-catalog-backend-module-spbe/src/processor/applicationRelations';
import { normalizeApplication } from '@internal/plugin-catalog-backend-module-spbe/src/processor/normalizeApplication';
import { validateApplication } from '@internal/plugin-catalog-backend-module-spbe/src/processor/validateApplication';

type SearchRow = { key: string; value: string | null };

/**
 * The catalog's own `buildEntitySearch` (not exported: loaded from its file),
 * so the row counts are the rows its stitcher writes to the `search` table.
 */
const { buildEntitySearch } = require(join(
  dirname(require.resolve('@backstage/plugin-catalog-backend/package.json')),
  'dist/database/operations/stitcher/buildEntitySearch.cjs.js',
)) as { buildEntitySearch(id: string, entity: Entity): SearchRow[] };

async function main() {
  const work = resolve(process.argv[2]);
  const { referenceData: data, entities } = await loadInventoryEntities(work);

  // type -> target ref -> number of applications
  const fanIn = new Map<string, Map<string, number>>();
  const add = (type: string, target: string) => {
    const targets = fanIn.get(type) ?? new Map<string, number>();
    targets.set(target, (targets.get(target) ?? 0) + 1);
    fanIn.set(type, targets);
  };
  let valid = 0;
  let spbeRows = 0;
  let stockRows = 0;
  for (const entity of entities) {
    const app = normalizeApplication(entity);
    if (validateApplication(app, data).length > 0) continue;
    valid += 1;
    const self = stringifyEntityRef(app);
    const owner = String((app.spec as { owner?: unknown }).owner);
    const ownedBy = { type: 'ownedBy', targetRef: owner };
    const relations = [ownedBy];
    const seen = new Set<string>();
    for (const r of applicationRelations(app, data)) {
      const key = `${r.type} ${stringifyEntityRef(r.target)}`;
      if (stringifyEntityRef(r.source) === self && !seen.has(key)) {
        seen.add(key);
        add(r.type, stringifyEntityRef(r.target));
        relations.push({ type: r.type, targetRef: stringifyEntityRef(r.target) });
      }
    }
    add('ownedBy', owner);
    spbeRows += buildEntitySearch('id', { ...app, relations }).length;
    stockRows += buildEntitySearch('id', { ...entity, relations: [ownedBy] }).length;
  }

  console.log(`${valid} valid applications of ${entities.length}`);
  console.log(
    `catalog search rows per valid application: spbe ${(spbeRows / valid).toFixed(1)}, ` +
      `the same entity as stock ingests it (no SPBE processor) ${(stockRows / valid).toFixed(1)}`,
  );
  console.log(
    '| relation | targets | relations | largest fan-in (top 3) | sum of n^2/2 |',
  );
  console.log('|---|---|---|---|---|');
  for (const [type, targets] of fanIn) {
    const top = [...targets].sort((a, b) => b[1] - a[1]);
    const total = top.reduce((sum, [, n]) => sum + n, 0);
    const squares = top.reduce((sum, [, n]) => sum + (n * n) / 2, 0);
    const largest = top
      .slice(0, 3)
      .map(([target, n]) => `${target} ${n}`)
      .join(', ');
    console.log(
      `| ${type} | ${targets.size} | ${total} | ${largest} | ${Math.round(
        squares,
      )} |`,
    );
  }
}

main().catch(e => {
  process.stderr.write(`${e.stack ?? e}\n`);
  process.exit(1);
});
