import { join, resolve } from 'node:path';
import { Entity } from '@backstage/catalog-model';
import { readInventoryFile } from '@internal/spbe-inventory';
import { FileReferenceDataLoader } from '@internal/plugin-catalog-backend-module-spbe';
import { rowsToEntities } from '@internal/plugin-catalog-backend-module-spbe/src/provider/rowsToEntities';

type ReferenceData = Awaited<ReturnType<ReturnType<typeof FileReferenceDataLoader.create>['get']>>;

/**
 * The benchmark inventory of a work directory (`inventory.csv`, `agencies.yaml`)
 * as the SPBE inventory provider turns it into entities, with the reference
 * data the processor uses: shared by the bench scripts that need the same
 * entities as the spbe run.
 */
export async function loadInventoryEntities(
  work: string,
): Promise<{ referenceData: ReferenceData; entities: Entity[] }> {
  const logger = {
    info: () => {},
    warn: (m: string) => process.stderr.write(`${m}\n`),
    error: (m: string) => process.stderr.write(`${m}\n`),
    debug: () => {},
    child() {
      return logger;
    },
  };
  const referenceData = await FileReferenceDataLoader.create({
    catalogInfoDir: resolve(__dirname, '../../catalog-info'),
    agencyFiles: [join(work, 'agencies.yaml')],
    logger,
  }).get();
  const path = join(work, 'inventory.csv');
  const read = await readInventoryFile(path);
  const { entities } = rowsToEntities(read.rows, {
    file: 'inventory.csv',
    path,
    resolveAgency: referenceData.resolveAgency,
  });
  return { referenceData, entities };
}
