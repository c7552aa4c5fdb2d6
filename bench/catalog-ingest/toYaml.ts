/*
 * Writes the benchmark inventory's applications as one YAML file for the stock
 * catalog run: exactly the entities the SPBE inventory provider builds from the
 * same CSV (same transformer), so both runs ingest the same entities.
 *
 *   node --require @backstage/cli/config/nodeTransform.cjs toYaml.ts <work dir>
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { stringify } from 'yaml';
import { loadInventoryEntities } from './inventoryEntities';
import { normalizeApplication } from '@internal/plugin-catalog-backend-module-spbe/src/processor/normalizeApplication';
import { validateApplication } from '@internal/plugin-catalog-backend-module-spbe/src/processor/validateApplication';

async function main() {
  const work = resolve(process.argv[2]);
  mkdirSync(work, { recursive: true });
  const { referenceData, entities } = await loadInventoryEntities(work);
  // The stock run reads them from a file location, which sets its own
  // managed-by annotations.
  for (const entity of entities) {
    delete entity.metadata.annotations?.['backstage.io/managed-by-location'];
    delete entity.metadata.annotations?.['backstage.io/managed-by-origin-location'];
  }
  writeFileSync(
    join(work, 'applications.yaml'),
    entities.map(e => stringify(e)).join('---\n'),
  );
  // The SPBE processor rejects invalid rows (missing jenis, unknown codes) as
  // processing errors, so the spbe run is complete at the accepted count.
  const accepted = entities.filter(
    e => validateApplication(normalizeApplication(e), referenceData).length === 0,
  ).length;
  writeFileSync(
    join(work, 'applications.count.json'),
    JSON.stringify({ stock: entities.length, spbe: accepted }),
  );
  process.stderr.write(`wrote ${entities.length} applications (${accepted} valid)\n`);
}

main().catch(e => {
  process.stderr.write(`${e.stack ?? e}\n`);
  process.exit(1);
});
