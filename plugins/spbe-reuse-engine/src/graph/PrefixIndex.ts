import type { TermIndex } from '../index/TermIndex';
import { PostingList } from '../index/PostingList';
import { withCapacity } from '../index/withCapacity';
import type { VectorNode } from '../model';
import { isLink, LinkRule } from './linkRule';
import { TopLinks } from './TopLinks';
import { VectorArena } from './VectorArena';

/**
 * Candidates scored to estimate a node's `k`-th link before its probe
 * (probeTopK). The links found do not depend on it, only the work: a better
 * estimate shortens the head whose long posting lists are then walked.
 * 4,096 against 256 (alternating runs of the same inventory, same links):
 * 270,000 applications 22.5 to 25.1 s against 26.0 to 32.6 s, 27,000 2 to 4%
 * faster; 16,384 is slower again (25.7, 26.0 s).
 */
const SAMPLE_BUDGET = 4096;

/**
 * The indexed vectors' prefixes (an inverted index: see TermIndex.weigh),
 * their term ids, weights and text flags in one arena, and the probes that
 * find a vector's links among them: every candidate shares a prefix feature,
 * a bound drops most before their exact similarity, and the similarity is
 * summed over the candidate's features in key order against the probing
 * vector scattered into dense arrays (so it does not depend on history).
 */
export class PrefixIndex {
  private readonly prefixPostings: Array<PostingList<VectorNode> | undefined> = [];
  /** Per node id: partial dot product of a probe, suffix norm, node. */
  private acc = new Float64Array(1024);
  private suffixOf = new Float64Array(1024);
  private readonly nodeOf: Array<VectorNode | undefined> = [];
  /** The indexed vectors' term ids, weights and text flags, by node id. */
  private readonly arena = new VectorArena();
  /** Number of indexed nodes. */
  private indexedCount = 0;
  /** Per node id: the serial of the last `probeTopK` that scored it. */
  private seenBy = new Int32Array(1024);
  private serial = 0;
  /** The links the last probe found (node, similarity), `probe`'s count of them. */
  private linkNodes: Array<VectorNode | undefined> = [];
  private linkScores = new Float64Array(1024);
  /** Content part of the last `scoreDense`, and its part from words of the descriptions or functions. */
  private lastContent = 0;
  private lastTextContent = 0;
  /** Per node id: 1 when the node is `described`. */
  private describedOf = new Uint8Array(1024);
  /** Node ids a probe met, in order. */
  private touched = new Int32Array(1024);
  /** Dense weights and text flags of the probing vector by term id (zero elsewhere). */
  private dense = new Float64Array(1024);
  private denseText = new Uint8Array(1024);

  constructor(
    private readonly terms: TermIndex,
    private readonly rule: LinkRule,
  ) {}

  /** Number of indexed vectors. */
  get size(): number {
    return this.indexedCount;
  }

  /** Room for node ids below `maxNid` and for every term of the term index. */
  reserve(maxNid: number): void {
    if (this.acc.length < maxNid) {
      this.acc = new Float64Array(maxNid * 2);
      const suffix = new Float64Array(maxNid * 2);
      suffix.set(this.suffixOf);
      this.suffixOf = suffix;
      this.arena.reserve(maxNid * 2);
      this.seenBy = new Int32Array(maxNid * 2);
      this.serial = 0;
      const described = new Uint8Array(maxNid * 2);
      described.set(this.describedOf);
      this.describedOf = described;
    }
    if (this.dense.length < this.terms.size) {
      this.dense = new Float64Array(this.terms.size * 2);
      this.denseText = new Uint8Array(this.terms.size * 2);
    }
  }

  /** The `i`-th link the last `probe` found, and its similarity. */
  linkNodeAt(i: number): VectorNode {
    return this.linkNodes[i]!;
  }

  linkScoreAt(i: number): number {
    return this.linkScores[i];
  }

  /** Drops the node references the probes left (so that removed nodes can be collected). */
  clearLinks(): void {
    this.linkNodes.length = 0;
  }

  /** Takes a vector out of the prefix index (before its weights change or it goes). */
  unindex(node: VectorNode): void {
    if (node.indexedPrefix) {
      this.arena.release(node.nid);
      this.indexedCount--;
    }
    const at = node.indexedAt;
    node.indexedPrefix?.forEach((t, i) => {
      const list = this.prefixPostings[t]!;
      const moved = list.removeAt(at![i]);
      if (moved) moved.indexedAt![list.slots[at![i]]] = at![i];
    });
    node.indexedPrefix = undefined;
    node.indexedAt = undefined;
  }

  /** Adds a vector (its prefix, suffix norm and features) to the index. */
  index(node: VectorNode): void {
    const at = new Int32Array(node.prefix.length);
    for (let i = 0; i < node.prefix.length; i++) {
      const t = node.prefix[i];
      at[i] = (this.prefixPostings[t] ??= new PostingList()).add(node, node.prefixWeights[i], i);
    }
    node.indexedPrefix = node.prefix;
    node.indexedAt = at;
    this.indexedCount++;
    this.suffixOf[node.nid] = node.suffixNorm;
    this.describedOf[node.nid] = node.described ? 1 : 0;
    // grown by push so that the array stays dense (random writes make it a dictionary)
    while (this.nodeOf.length <= node.nid) this.nodeOf.push(undefined);
    this.nodeOf[node.nid] = node;
    this.toArena(node);
  }

  /** Copies an indexed node's term ids and weights into the arena. */
  private toArena(node: VectorNode): void {
    const nodeOf = this.nodeOf;
    this.arena.add(node.nid, node.termIds, node.weights, node.inText, nodeOf.length, nid => {
      const other = nodeOf[nid];
      return !!other && other.nid === nid && !!other.indexedPrefix && other !== node;
    });
  }

  /** Offers indexed node `nid` to `top` when the last `scoreDense` makes it a link of a probe. */
  private offerScored(top: TopLinks, nid: number, score: number, probeDescribed: boolean): void {
    const bothDescribed = probeDescribed && this.describedOf[nid] === 1;
    if (isLink(this.rule, score, this.lastContent, this.lastTextContent, bothDescribed)) top.offer(this.nodeOf[nid]!, score);
  }

  /** The strongest `k` links of a node to the indexed nodes. */
  probeAll(node: VectorNode): Array<[VectorNode, number]> {
    const top = new TopLinks(this.rule.k);
    const found = this.probe(node);
    for (let i = 0; i < found; i++) top.offer(this.linkNodes[i]!, this.linkScores[i]);
    this.clearLinks();
    return top.toLinks();
  }

  /**
   * The strongest `k` links of an indexed node to the other indexed nodes,
   * exactly those of a full probe, with less work where links are strong.
   *
   * First the links other nodes already found to it (`known`, exact and
   * symmetric) and the candidates of its rarest prefix features (up to a
   * budget, scored exactly) give `theta`, their `k`-th link: a lower bound of
   * the node's final `k`-th link. Only links of at least
   * `theta` can then enter, and a vector whose cosine with the node reaches
   * `theta` shares a feature with it in the node's shortest head whose tail
   * norm is below `theta` (and in its own indexed prefix, whose tail is below
   * the link threshold <= theta): that shorter head is probed, and a
   * candidate whose prefix dot product plus the node's tail norm plus its
   * suffix norm stays below `theta` is dropped before its exact similarity.
   */
  probeTopK(node: VectorNode, known?: TopLinks): TopLinks {
    const k = this.rule.k;
    const top = known ?? new TopLinks(k);
    const serial = ++this.serial;
    const seenBy = this.seenBy;
    seenBy[node.nid] = serial;
    for (let i = 0; i < top.size; i++) seenBy[top.nodeAt(i).nid] = serial;
    this.scatter(node);
    const described = node.described;
    const prefix = node.prefix;
    const threshold = this.rule.threshold;
    // 1. a sample: the candidates of the rarest prefix features, until the
    //    budget is spent or the features sampled in full hold the head (2.)
    let budget = SAMPLE_BUDGET;
    for (let i = 0; i < prefix.length && budget > 0; i++) {
      const list = this.prefixPostings[prefix[i]];
      if (!list) continue;
      const nids = list.nids;
      for (let j = 0, n = list.size; j < n && budget > 0; j++) {
        const nid = nids[j];
        if (seenBy[nid] === serial) continue;
        seenBy[nid] = serial;
        budget--;
        this.offerScored(top, nid, this.scoreDense(nid), described);
      }
      if (top.size === k && this.headLength(node, Math.max(top.weakest(), threshold)) <= i + 1) break;
    }
    const theta = top.size === k ? Math.max(top.weakest(), threshold) : threshold;
    // 2. the head whose tail norm is below theta (at most the whole prefix)
    const head = this.headLength(node, theta);
    const tailNorm = this.lastTailNorm;
    // 3. its candidates, not scored yet, whose bound reaches theta
    const acc = this.acc;
    let touched = this.touched;
    let count = 0;
    for (let i = 0; i < head; i++) {
      const list = this.prefixPostings[prefix[i]];
      if (!list) continue;
      const w = node.prefixWeights[i];
      const nids = list.nids;
      const weights = list.weights;
      const n = list.size;
      if (count + n > touched.length) this.touched = touched = withCapacity(touched, count + n);
      for (let j = 0; j < n; j++) {
        const nid = nids[j];
        if (seenBy[nid] === serial) continue;
        if (acc[nid] === 0) touched[count++] = nid;
        acc[nid] += w * weights[j];
      }
    }
    const bound = theta - tailNorm - 1e-6;
    const suffixOf = this.suffixOf;
    for (let c = 0; c < count; c++) {
      const nid = touched[c];
      const partial = acc[nid];
      acc[nid] = 0;
      if (partial + suffixOf[nid] < bound) continue;
      this.offerScored(top, nid, this.scoreDense(nid), described);
    }
    this.unscatter(node);
    return top;
  }

  /** Tail norm of the head the last `headLength` chose. */
  private lastTailNorm = 0;

  /**
   * Length of a node's shortest prefix head whose tail (the rest of the
   * prefix and the suffix) has a norm below `theta`: a vector reaching
   * `theta` shares a feature with the node in that head. Its tail norm goes
   * to `lastTailNorm`.
   */
  private headLength(node: VectorNode, theta: number): number {
    let head = node.prefix.length;
    let tailSq = node.suffixNorm * node.suffixNorm;
    while (head > 0) {
      const w = node.prefixWeights[head - 1];
      if (Math.sqrt(tailSq + w * w) >= theta - 1e-6) break;
      tailSq += w * w;
      head--;
    }
    this.lastTailNorm = head === node.prefix.length ? node.suffixNorm : Math.sqrt(tailSq);
    return head;
  }

  /**
   * Exact similarity of the scattered probing vector and indexed node `nid`
   * (its content part goes to `lastContent`), summed over the node's features
   * in key order, as `probe` does.
   */
  private scoreDense(nid: number): number {
    const dense = this.dense;
    const denseText = this.denseText;
    const word = this.terms.isWord;
    const arena = this.arena;
    const ids = arena.ids;
    const ws = arena.weights;
    const inText = arena.inText;
    let sum = 0;
    let content = 0;
    let textContent = 0;
    for (let i = arena.offsetOf[nid], end = i + arena.lengthOf[nid]; i < end; i++) {
      const t = ids[i];
      const a = dense[t];
      if (a === 0) continue;
      const p = a * ws[i];
      sum += p;
      if (word[t] === 1) {
        content += p;
        if ((inText[i] | denseText[t]) === 1) textContent += p;
      }
    }
    this.lastContent = Math.round(content * 1e9) / 1e9;
    this.lastTextContent = textContent;
    return Math.round(sum * 1e9) / 1e9;
  }

  /** Scatters a probing vector's weights and text flags into the dense arrays. */
  private scatter(node: VectorNode): void {
    const dense = this.dense;
    const denseText = this.denseText;
    for (let i = 0; i < node.termIds.length; i++) {
      dense[node.termIds[i]] = node.weights[i];
      denseText[node.termIds[i]] = node.inText[i];
    }
  }

  private unscatter(node: VectorNode): void {
    for (let i = 0; i < node.termIds.length; i++) {
      this.dense[node.termIds[i]] = 0;
      this.denseText[node.termIds[i]] = 0;
    }
  }

  /**
   * Finds every indexed node linked to `node` and returns their number `n`
   * (`linkNodeAt(i)` / `linkScoreAt(i)` for i < n). Candidates share a prefix
   * feature; the prefix dot product plus both suffix norms bounds the
   * similarity, so most are dropped before the exact similarity. The exact
   * similarity is summed over the candidate's features in key order against
   * the probing vector scattered into a dense array, so that it does not
   * depend on history.
   */
  probe(node: VectorNode): number {
    const acc = this.acc;
    let touched = this.touched;
    let count = 0;
    for (let i = 0; i < node.prefix.length; i++) {
      const list = this.prefixPostings[node.prefix[i]];
      if (!list) continue;
      const w = node.prefixWeights[i];
      const nids = list.nids;
      const weights = list.weights;
      const n = list.size;
      if (count + n > touched.length) this.touched = touched = withCapacity(touched, count + n);
      for (let j = 0; j < n; j++) {
        const nid = nids[j];
        if (acc[nid] === 0) touched[count++] = nid;
        acc[nid] += w * weights[j];
      }
    }
    // the features outside both prefixes add at most the two suffix norms
    const bound = this.rule.threshold - node.suffixNorm - 1e-6;
    const suffixOf = this.suffixOf;
    const described = node.described;
    const describedOf = this.describedOf;
    this.scatter(node);
    let found = 0;
    for (let c = 0; c < count; c++) {
      const nid = touched[c];
      const partial = acc[nid];
      acc[nid] = 0;
      if (nid === node.nid || partial + suffixOf[nid] < bound) continue;
      const score = this.scoreDense(nid);
      const bothDescribed = described && describedOf[nid] === 1;
      if (!isLink(this.rule, score, this.lastContent, this.lastTextContent, bothDescribed)) continue;
      if (found === this.linkScores.length) {
        const grown = new Float64Array(found * 2);
        grown.set(this.linkScores);
        this.linkScores = grown;
      }
      this.linkNodes[found] = this.nodeOf[nid];
      this.linkScores[found++] = score;
    }
    this.unscatter(node);
    return found;
  }
}
