import { byString } from '../model';
import type { Normalizer } from '../Normalizer';
import { platformDpiBlocks } from '../inferDpi';
import type { ReuseApplication } from '../types';
import { namedFunctionOf } from './PlatformHeads';

/**
 * The national platforms of an index, by the function their names are named
 * for (dictionary acronyms read out: SPSE is *pengadaan*, see
 * namedFunctionOf) and by the DPI building blocks they implement (see
 * platformDpiBlocks). A proposal named for the same function, or needing
 * such a block, is told about them even when its text covers more than they
 * describe (Ranker).
 */
export class NationalPlatforms {
  private readonly byHead = new Map<string, Set<string>>();
  private readonly byBlock = new Map<string, Set<string>>();
  /** What each indexed platform was filed under, to take it out again. */
  private readonly filed = new Map<string, { head?: string; blocks: string[] }>();

  constructor(private readonly normalizer: Normalizer) {}

  /** Files a national platform (other applications are ignored). */
  add(app: ReuseApplication): void {
    if (!app.nationalPlatform) return;
    const head = namedFunctionOf(this.normalizer, app, false);
    const blocks = platformDpiBlocks(app, this.normalizer.dictionaries.dpiPlatformPhrases);
    this.filed.set(app.id, { head, blocks });
    if (head !== undefined) file(this.byHead, head, app.id);
    for (const block of blocks) file(this.byBlock, block, app.id);
  }

  delete(id: string): void {
    const filed = this.filed.get(id);
    if (!filed) return;
    this.filed.delete(id);
    if (filed.head !== undefined) unfile(this.byHead, filed.head, id);
    for (const block of filed.blocks) unfile(this.byBlock, block, id);
  }

  /** The national platforms named for `head`. */
  named(head: string): ReadonlySet<string> {
    return this.byHead.get(head) ?? new Set();
  }

  /** The national platforms implementing a DPI building block, by id. */
  implementing(block: string): string[] {
    return [...(this.byBlock.get(block) ?? [])].sort(byString);
  }
}

function file(index: Map<string, Set<string>>, key: string, id: string): void {
  let ids = index.get(key);
  if (!ids) index.set(key, (ids = new Set()));
  ids.add(id);
}

function unfile(index: Map<string, Set<string>>, key: string, id: string): void {
  const ids = index.get(key);
  if (!ids) return;
  ids.delete(id);
  if (ids.size === 0) index.delete(key);
}
