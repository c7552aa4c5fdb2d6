import { ApplicationStore } from '../database/ApplicationStore';
import { ApplicationRecord } from '../service/types';
import { ReuseAnalyzer } from './ReuseAnalyzer';

/**
 * Keeps this replica's in-memory analyzer current with the shared
 * application table: each call pulls only the rows whose revision is newer
 * than the last one applied (no full rebuild per change).
 */
export class ReuseIndex {
  private revision = 0;
  private readonly records = new Map<string, ApplicationRecord>();
  private pending?: Promise<void>;

  constructor(
    private readonly store: ApplicationStore,
    readonly analyzer: ReuseAnalyzer,
  ) {}

  /** Applies changes since the last refresh; concurrent callers share one pull. */
  async refresh(): Promise<void> {
    if (!this.pending) {
      this.pending = this.pull().finally(() => {
        this.pending = undefined;
      });
    }
    return this.pending;
  }

  record(entityRef: string): ApplicationRecord | undefined {
    return this.records.get(entityRef);
  }

  /** Records of every live application (for platform lookups). */
  all(): Iterable<ApplicationRecord> {
    return this.records.values();
  }

  private async pull(): Promise<void> {
    const changes = await this.store.changesSince(this.revision);
    if (changes.deletes.length) {
      this.analyzer.remove(changes.deletes);
      for (const ref of changes.deletes) this.records.delete(ref);
    }
    if (changes.upserts.length) {
      this.analyzer.upsert(changes.upserts);
      for (const r of changes.upserts) this.records.set(r.entityRef, r);
    }
    this.revision = changes.revision;
  }
}
