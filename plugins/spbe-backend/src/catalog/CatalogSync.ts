import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { APPLICATION_COMPONENT_TYPE } from '@internal/plugin-spbe-common';
import { ApplicationChange, ApplicationStore } from '../database/ApplicationStore';
import { ProgressReporter } from '../service/SyncOperation';
import { APPLICATION_FIELDS, toApplicationRecord } from './toApplicationRecord';

const PAGE_SIZE = 500;

export interface CatalogSyncResult {
  seen: number;
  upserted: number;
  deleted: number;
  revision?: number;
}

/**
 * Mirrors the catalog's SPBE applications into the plugin database: reads
 * them fields-limited and paginated, compares each `metadata.etag` with the
 * stored one and writes only the changed, new and removed ones.
 */
export class CatalogSync {
  constructor(
    private readonly deps: {
      catalog: CatalogService;
      auth: AuthService;
      store: ApplicationStore;
      logger: LoggerService;
    },
  ) {}

  async run(report: ProgressReporter = () => {}): Promise<CatalogSyncResult> {
    const { catalog, auth, store, logger } = this.deps;
    const credentials = await auth.getOwnServiceCredentials();
    const known = await store.etags();
    const seen = new Set<string>();
    const upserts: ApplicationChange[] = [];
    let cursor: string | undefined;
    let total: number | undefined;
    report({ phase: 'catalog', done: 0 });
    do {
      const page = await catalog.queryEntities(
        cursor
          ? { cursor, limit: PAGE_SIZE }
          : {
              filter: { kind: 'Component', 'spec.type': APPLICATION_COMPONENT_TYPE },
              fields: APPLICATION_FIELDS,
              limit: PAGE_SIZE,
              orderFields: { field: 'metadata.name', order: 'asc' },
            },
        { credentials },
      );
      for (const entity of page.items) {
        const record = toApplicationRecord(entity);
        const etag = entity.metadata.etag ?? JSON.stringify(entity.metadata);
        seen.add(record.entityRef);
        if (known.get(record.entityRef) !== etag) {
          upserts.push({ record, etag });
        }
      }
      total ??= page.totalItems;
      report({ phase: 'catalog', done: seen.size, total });
      cursor = page.pageInfo.nextCursor;
    } while (cursor);
    const deletes = [...known.keys()].filter(ref => !seen.has(ref));
    if (upserts.length === 0 && deletes.length === 0) {
      return { seen: seen.size, upserted: 0, deleted: 0 };
    }
    const revision = await store.applyChanges({ upserts, deletes });
    logger.info(
      `SPBE catalog sync: ${seen.size} applications, ${upserts.length} changed, ${deletes.length} removed (revision ${revision})`,
    );
    return { seen: seen.size, upserted: upserts.length, deleted: deletes.length, revision };
  }
}
