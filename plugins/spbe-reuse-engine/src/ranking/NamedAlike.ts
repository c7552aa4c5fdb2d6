import type { TermIndex } from '../index/TermIndex';
import type { Doc, VectorNode } from '../model';
import type { Normalizer } from '../Normalizer';
import { nameQualifiers, namedFunctionOf } from './PlatformHeads';
import { rankDocs } from './rankDocs';

/**
 * Local applications named for the function a proposal is named for (the
 * ranking's named-alike rule, see Ranker): an application whose name is
 * headed by that function, when it is a narrow one (not in
 * `broadFunctions`) that no national platform is named for, and whose other
 * known name words the proposal has too ("Absensi Pegawai RSUD" is the
 * hospital's). Each application's named function is read once, from its
 * name and its vector's words. And its converse: a local application
 * without the narrow function a proposal is named for (`lacksHead`).
 */
export class NamedAlike {
  private readonly appNames = new WeakMap<Doc, { head?: string; qualifiers: string[] }>();

  constructor(
    private readonly terms: TermIndex,
    private readonly normalizer: Normalizer,
  ) {}

  /**
   * The function a proposal is named for when local applications named for
   * it are alike: no national platform is named for it and it is not a broad
   * one (`broadFunctions`).
   */
  head(named: { head?: string; platforms: ReadonlySet<string> }): string | undefined {
    if (named.head === undefined || named.platforms.size > 0) return undefined;
    return this.isNarrow(named.head) ? named.head : undefined;
  }

  /**
   * The term of the narrow function a proposal is named for (`head` of
   * `namedFunction`, national platforms or not): -1 when no indexed
   * application has it, undefined when the proposal is named for none or for
   * a broad one. A local application without it is not relevant (Ranker).
   */
  headTerm(head: string | undefined): number | undefined {
    if (head === undefined || !this.isNarrow(head)) return undefined;
    return this.terms.idOfKey(head) ?? -1;
  }

  /** Whether a vector lacks the narrow function of `headTerm`. */
  lacksHead(headTerm: number | undefined, node: VectorNode): boolean {
    return headTerm !== undefined && (headTerm < 0 || this.terms.weightOf(node, headTerm) === 0);
  }

  /** A function that is not a broad one (`broadFunctions`: sectors, whole offices' work). */
  private isNarrow(head: string): boolean {
    return !this.normalizer.dictionaries.broadFunctions.includes(head);
  }

  /** Whether an application is named for `head` with no other known word of its name missing from the proposal (`keys`). */
  isAlike(doc: Doc, head: string, keys: ReadonlySet<string>): boolean {
    const named = this.namedFor(doc);
    return named.head === head && named.qualifiers.every(q => keys.has(q));
  }

  /** Whether an application of the vector that the ranking may list is named alike. */
  hasAlike(node: VectorNode, head: string, keys: ReadonlySet<string>, top: number): boolean {
    // the head of a name is one of its vector's words
    const t = this.terms.idOfKey(head);
    if (t === undefined || this.terms.weightOf(node, t) === 0) return false;
    const view = rankDocs(node, top);
    const alike = (doc: Doc) => this.isAlike(doc, head, keys);
    return view.others.some(alike) || view.national.some(alike);
  }

  /**
   * The function an indexed application is named for (narrowed by the words
   * of its vector, see namedFunctionOf) and the other known words of its
   * name, read once.
   */
  private namedFor(doc: Doc): { head?: string; qualifiers: string[] } {
    let named = this.appNames.get(doc);
    if (!named) {
      const node = doc.node;
      const words: string[] = [];
      for (let i = 0; i < node.termIds.length; i++) {
        const t = node.termIds[i];
        if (this.terms.isWord[t]) words.push(this.terms.keys[t]);
      }
      const head = namedFunctionOf(this.normalizer, doc.app, false, words);
      named = { head, qualifiers: head === undefined ? [] : nameQualifiers(this.normalizer, doc.app, head) };
      this.appNames.set(doc, named);
    }
    return named;
  }
}
