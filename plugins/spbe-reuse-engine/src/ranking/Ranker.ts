import type { LearnedExpansions, RawFeature } from '../features';
import type { TermIndex } from '../index/TermIndex';
import { byString, Doc, EPS, round, VectorNode } from '../model';
import type { Normalizer } from '../Normalizer';
import type { ResolvedOptions } from '../options';
import { inferDpiBlocks } from '../inferDpi';
import { matchDetails } from '../reasons/matchReasons';
import { reasonSentence } from '../reasons/sentences';
import type { ReuseMatch, ReuseMatchExplanation, ReuseProposal, ReuseRanking } from '../types';
import { explainMatch } from './explainMatch';
import { namedFunctionOf } from './PlatformHeads';
import { NamedAlike } from './NamedAlike';
import { queryVector } from './queryVector';
import { withCapacity } from '../index/withCapacity';
import { rankDocs } from './rankDocs';
import { clusterPlatforms } from './clusterPlatforms';

interface Scored {
  doc: Doc;
  sim: number;
  score: number;
  coverage: number;
  preferred: boolean;
}

/** National platforms that cover the proposal come first, then the rest by score. */
const rankBefore = (a: Scored, b: Scored) =>
  (Number(b.preferred) - Number(a.preferred) || b.score - a.score || byString(a.doc.id, b.doc.id)) < 0;

/**
 * Keeps `scored` the best `top` in ranking order; false when `item` does not
 * enter (then no item with the same preference and score and a larger id does).
 */
function offer(scored: Scored[], top: number, item: Scored): boolean {
  const last = scored.length >= top ? scored[scored.length - 1] : undefined;
  if (last && (Number(last.preferred) > Number(item.preferred) || (last.preferred === item.preferred && last.score > item.score))) {
    return false;
  }
  let i = scored.length;
  while (i > 0 && rankBefore(item, scored[i - 1])) i--;
  if (i >= top) return false;
  scored.splice(i, 0, item);
  if (scored.length > top) scored.pop();
  return true;
}

/**
 * Whether an application that does not cover the proposal, of a vector with
 * similarity `sim`, could still enter the list (a national platform of it
 * with its boost).
 */
function couldEnter(scored: Scored[], top: number, sim: number, platformBoost: number): boolean {
  if (scored.length < top) return true;
  const last = scored[scored.length - 1];
  return !last.preferred && last.score <= Math.max(round(sim, 4), round(sim * (1 + platformBoost), 4));
}

/**
 * Ranks what a proposal should reuse over the inverted index of vectors.
 * Scores are per vector; the applications that share a vector differ only in
 * being national platforms or not.
 */
export class Ranker {
  private acc = new Float64Array(1024);
  private accContent = new Float64Array(1024);
  private accCoverage = new Float64Array(1024);
  private accShared = new Int32Array(1024);
  /** The node ids a query met and, at the same positions, their vectors (reused: no garbage per query). */
  private touched = new Int32Array(1024);
  private touchedNodes: Array<Doc['node'] | undefined> = [];
  /** Positions in `touched` of the platform candidates of a query, their similarities and coverages (reused). */
  private candidates = new Int32Array(256);
  private candidateSims = new Float64Array(256);
  private candidateCoverages = new Float64Array(256);
  private matched = new Int32Array(256);
  private matchedSims = new Float64Array(256);
  /** Local applications named for the proposal's narrow function (see NamedAlike). */
  private readonly alike: NamedAlike;

  constructor(
    private readonly terms: TermIndex,
    private readonly normalizer: Normalizer,
    private readonly options: ResolvedOptions,
    private readonly platformsImplementing: (block: string) => string[],
    /** Acronym expansions learned from the indexed applications. */
    private readonly learned?: LearnedExpansions,
    /** Whether two vectors are in one duplicate cluster. */
    private readonly sameCluster: (a: VectorNode, b: VectorNode) => boolean = () => false,
    /** National platforms named for a function (the head of their names, see PlatformHeads). */
    private readonly platformsNamed: (head: string) => ReadonlySet<string> = () => new Set(),
    /** The vectors holding national platforms in a vector's duplicate cluster, if it is in one. */
    private readonly clusterNodes: (node: VectorNode) => readonly VectorNode[] | undefined = () => undefined,
  ) {
    this.alike = new NamedAlike(terms, normalizer);
  }

  /**
   * The function a proposal is named for, when its description or functions
   * say it too (the head of its name among its text features), and the
   * national platforms named for it.
   */
  private namedFunction(proposal: ReuseProposal, features: RawFeature[]): { head?: string; platforms: ReadonlySet<string> } {
    const head = namedFunctionOf(this.normalizer, proposal, true);
    if (head === undefined || !features.some(f => f.key === head && f.kind === 'word' && f.inText)) {
      return { platforms: new Set() };
    }
    return { head, platforms: this.platformsNamed(head) };
  }

  private ensureCapacity(maxNid: number): void {
    if (this.acc.length >= maxNid) return;
    const n = maxNid * 2;
    this.acc = new Float64Array(n);
    this.accContent = new Float64Array(n);
    this.accCoverage = new Float64Array(n);
    this.accShared = new Int32Array(n);
  }

  /** How one application scores against a proposal (see explainMatch). */
  explain(proposal: ReuseProposal, doc: Doc): ReuseMatchExplanation {
    const query = queryVector(this.terms, this.normalizer, proposal, this.learned);
    const named = this.namedFunction(proposal, query.features);
    const backed =
      inferDpiBlocks(proposal, this.normalizer.dictionaries.dpiPhrases).some(b =>
        this.platformsImplementing(b.block).includes(doc.id),
      ) || named.platforms.has(doc.id);
    const alikeHead = this.alike.head(named);
    const alike = alikeHead !== undefined && this.alike.isAlike(doc, alikeHead, new Set(query.features.map(f => f.key)));
    const lacksHead = this.alike.lacksHead(this.alike.headTerm(named.head), doc.node);
    return explainMatch(query, doc, this.terms, this.options, backed, alike, lacksHead);
  }

  rank(proposal: ReuseProposal, top: number, maxNid: number): ReuseRanking {
    const { relevanceThreshold, platformRelevanceThreshold, minCoverage, minContentShare, minSharedTerms, platformBoost } =
      this.options;
    const terms = this.terms;
    this.ensureCapacity(maxNid);
    const query = queryVector(terms, this.normalizer, proposal, this.learned);
    const { features, termOf, wq } = query;
    const dpi = inferDpiBlocks(proposal, this.normalizer.dictionaries.dpiPhrases).map(b => ({
      ...b,
      platforms: this.platformsImplementing(b.block),
    }));
    // National platforms whose evidence is the proposal's need: a DPI
    // building block it needs (dpi.json phrases) that they implement, or the
    // function both are named for. Tested per vector that needs it: an
    // inventory may hold thousands of copies of one platform, too many to
    // gather for every query.
    const named = this.namedFunction(proposal, features);
    const alikeHead = this.alike.head(named);
    const headTerm = this.alike.headTerm(named.head);
    const featureKeys = new Set(features.map(f => f.key));
    const dpiPlatforms = new Set(dpi.flatMap(b => b.platforms));
    const isBackedPlatform = (id: string) => dpiPlatforms.has(id) || named.platforms.has(id);
    const isBackedVector = (node: VectorNode) =>
      node.nationals > 0 && rankDocs(node, top).national.some(doc => isBackedPlatform(doc.id));
    const acc = this.acc;
    const accC = this.accContent;
    const accCov = this.accCoverage;
    const accN = this.accShared;
    // Candidates (max-score pruning): the most common proposal features
    // whose summed upper bound stays below every relevance threshold cannot
    // make an application relevant on their own, so their long posting lists
    // are not scanned; candidates come from the other features. Every
    // candidate is then scored exactly over all the features.
    const present = features
      .map((_, i) => i)
      .filter(i => termOf[i] !== undefined && terms.postings[termOf[i]!].size > 0)
      .sort((a, b) => terms.df[termOf[b]!] - terms.df[termOf[a]!] || a - b);
    const floor = Math.min(relevanceThreshold, platformRelevanceThreshold) - 1e-6;
    let tailBound = 0;
    let pruned = 0;
    while (pruned < present.length) {
      const i = present[pruned];
      const bound = wq[i] * terms.maxWeight[termOf[i]!];
      if (tailBound + bound >= floor) break;
      tailBound += bound;
      pruned++;
    }
    const isHead = new Uint8Array(features.length);
    for (let h = pruned; h < present.length; h++) isHead[present[h]] = 1;
    let touched = this.touched;
    const touchedNodes = this.touchedNodes;
    let count = 0;
    for (let i = 0; i < features.length; i++) {
      if (!isHead[i]) continue;
      const q = wq[i];
      const isContent = features[i].kind === 'word';
      const list = terms.postings[termOf[i]!];
      const nids = list.nids;
      const ws = list.weights;
      const nodes = list.nodes;
      const n = list.size;
      if (count + n > touched.length) this.touched = touched = withCapacity(touched, count + n);
      for (let j = 0; j < n; j++) {
        const nid = nids[j];
        const p = q * ws[j];
        if (acc[nid] === 0 && accC[nid] === 0 && accCov[nid] === 0) {
          touched[count] = nid;
          touchedNodes[count++] = nodes[j];
        }
        acc[nid] += p;
        if (isContent) {
          accC[nid] += p;
          accCov[nid] += q * q;
          accN[nid] += 1;
        }
      }
    }
    // The pruned features count for the candidates only, and only for those
    // that they can still lift to the floor (their bounds sum to `tailBound`).
    const tail = present.slice(0, pruned);
    const hopeless = floor - 1e-6 - 1e-12 - tailBound;
    const tailIsWord = tail.map(i => features[i].kind === 'word');
    const scored: Scored[] = [];
    // Vectors that may hold national platforms that are relevant (similarity,
    // content share) but do not cover the proposal: a platform linked in the
    // neighbour graph to the proposal's best local match, or in its duplicate
    // cluster (the applications that consolidate onto it), does the job that
    // match does (platforms describe many functions, so their own coverage of
    // a short proposal stays low), and is preferred as if it covered the
    // proposal (after the loop).
    if (this.candidates.length < count) {
      this.candidates = new Int32Array(count * 2);
      this.candidateSims = new Float64Array(count * 2);
      this.candidateCoverages = new Float64Array(count * 2);
    }
    const candidates = this.candidates;
    const candidateSims = this.candidateSims;
    const candidateCoverages = this.candidateCoverages;
    let candidateCount = 0;
    // relevant vectors (positions in `touched`) and their similarities
    if (this.matched.length < count) {
      this.matched = new Int32Array(count * 2);
      this.matchedSims = new Float64Array(count * 2);
    }
    const matched = this.matched;
    const matchedSims = this.matchedSims;
    let matchedCount = 0;
    for (let c = 0; c < count; c++) {
      const nid = touched[c];
      if (acc[nid] < hopeless) {
        acc[nid] = 0;
        accC[nid] = 0;
        accCov[nid] = 0;
        accN[nid] = 0;
        continue;
      }
      const node = touchedNodes[c]!;
      for (let j = 0; j < tail.length; j++) {
        const i = tail[j];
        const w = terms.weightOf(node, termOf[i]!);
        if (w === 0) continue;
        const p = wq[i] * w;
        acc[nid] += p;
        if (tailIsWord[j]) {
          accC[nid] += p;
          accCov[nid] += wq[i] * wq[i];
          accN[nid] += 1;
        }
      }
      const raw = acc[nid];
      // `round(x, 6)`, inlined
      const sim = Math.round(raw * 1e6) / 1e6;
      const content = Math.round(accC[nid] * 1e6) / 1e6;
      const coverage = Math.round(accCov[nid] * 1e6) / 1e6;
      const shared = accN[nid];
      acc[nid] = 0;
      accC[nid] = 0;
      accCov[nid] = 0;
      accN[nid] = 0;
      // below every relevance threshold
      if (raw < floor - 1e-6) continue;
      const covers = coverage >= minCoverage - EPS;
      // Evidence: the application explains at least `minCoverage` of the
      // proposal's weighted content, or shares several content words with it.
      // One shared topical word (nelayan, seni) is not a reason to reuse.
      // Vectors holding national platforms without it may still be listed
      // through the proposal's best local match (after the loop).
      if (!covers && node.nationals > 0 && sim >= platformRelevanceThreshold && content >= minContentShare * sim) {
        candidates[candidateCount] = c;
        candidateSims[candidateCount] = sim;
        candidateCoverages[candidateCount++] = coverage;
      }
      // A national platform that implements a DPI building block the
      // proposal needs (dpi.json phrases), or that is named for the function
      // the proposal is named for and describes, has its evidence in that
      // need: it is relevant from the platform threshold, its vector's other
      // applications are not.
      const backed = !covers && shared < minSharedTerms && isBackedVector(node);
      // An application named for the function the proposal is named for and
      // describes, when no national platform is and the function is not a
      // broad one, has its evidence in that name (its other known name words
      // in the proposal too): one concept is all a short proposal and a
      // terse inventory row share ("Absen Pegawai dengan Swafoto", "e-Absensi
      // Pegawai"). It is listed, not taken as the best local match, so it is
      // not tested when it could not enter the list.
      const namedAlike =
        !covers && shared < minSharedTerms && !backed && alikeHead !== undefined && sim >= relevanceThreshold &&
        content >= minContentShare * sim && couldEnter(scored, top, sim, platformBoost) &&
        this.alike.hasAlike(node, alikeHead, featureKeys, top);
      if (!covers && shared < minSharedTerms && !backed && !namedAlike) continue;
      if (content < minContentShare * sim) continue;
      // An application without the narrow function the proposal is named
      // for and describes shares only its other words, its domain ("e-Voting
      // RAT koperasi" and a cooperative register): its vector's local
      // applications are not relevant (national platforms still may be).
      const lacksHead = this.alike.lacksHead(headTerm, node);
      // relevant vectors (a backed one is relevant for its platforms only)
      if (sim >= relevanceThreshold && !backed && !namedAlike && !lacksHead) {
        matched[matchedCount] = c;
        matchedSims[matchedCount++] = sim;
      }
      // When the list is full and even a covering national platform of this
      // vector would rank below its last entry, none of its applications enter.
      if (scored.length >= top) {
        const last = scored[scored.length - 1];
        const best = Math.max(round(sim, 4), round(sim * (1 + platformBoost), 4));
        if (Number(last.preferred) > Number(covers) || (last.preferred === covers && last.score > best)) continue;
      }
      const view = rankDocs(node, top);
      const nonNationalScore = round(sim, 4);
      for (const doc of view.national) {
        // National platforms describe many functions, which lowers their
        // cosine with a short proposal; when they cover the proposal a lower
        // similarity suffices.
        const needed = isBackedPlatform(doc.id);
        if (backed && !needed) continue;
        // a platform the proposal's need names (DPI block, named function) is
        // held to the platform threshold also when it shares enough words
        const threshold = covers || needed ? platformRelevanceThreshold : relevanceThreshold;
        if (sim < threshold) continue;
        offer(scored, top, { doc, sim, score: round(sim * (1 + platformBoost), 4), coverage, preferred: covers });
      }
      if (sim < relevanceThreshold || backed || lacksHead) continue;
      // the others share (not preferred, score): by id, the first one that does not enter ends the loop
      for (const doc of view.others) {
        if (!offer(scored, top, { doc, sim, score: nonNationalScore, coverage, preferred: false })) break;
      }
    }
    // the proposal's best-matching vector of other applications (highest
    // similarity, then smallest key); vectors of national platforms alone are
    // passed over (marked by a negative similarity)
    let bestOther: VectorNode | undefined;
    while (!bestOther) {
      let best = -1;
      for (let k = 0; k < matchedCount; k++) {
        if (matchedSims[k] < 0) continue;
        if (
          best < 0 ||
          matchedSims[k] > matchedSims[best] ||
          (matchedSims[k] === matchedSims[best] && touchedNodes[matched[k]]!.key < touchedNodes[matched[best]]!.key)
        ) {
          best = k;
        }
      }
      if (best < 0) break;
      const node = touchedNodes[matched[best]]!;
      if (node.docs.size > rankDocs(node, top).national.length) bestOther = node;
      else matchedSims[best] = -1;
    }
    for (let k = 0; bestOther && k < candidateCount; k++) {
      const node = touchedNodes[candidates[k]]!;
      const linked = bestOther.reverse.has(node) || node.reverse.has(bestOther);
      if (!linked && !this.sameCluster(bestOther, node)) continue;
      const sim = candidateSims[k];
      const coverage = candidateCoverages[k];
      const national = rankDocs(node, top).national;
      if (national.length === 0) continue;
      const score = round(sim * (1 + platformBoost), 4);
      for (const doc of national) {
        const at = scored.findIndex(s => s.doc === doc);
        if (at >= 0) scored.splice(at, 1);
        offer(scored, top, { doc, sim, score, coverage, preferred: true });
      }
    }
    // the national platforms of the best local match's duplicate cluster
    const cluster = bestOther && this.clusterNodes(bestOther);
    const clustered = new Map<Doc, string>();
    for (const { doc, sim, coverage } of cluster ? clusterPlatforms(cluster, query, terms, top) : []) {
      const at = scored.findIndex(s => s.doc === doc);
      if (at >= 0 && scored[at].preferred) continue;
      if (at >= 0) scored.splice(at, 1);
      if (offer(scored, top, { doc, sim, score: round(sim * (1 + platformBoost), 4), coverage, preferred: true })) {
        clustered.set(doc, rankDocs(bestOther!, top).others[0].app.name);
      }
    }
    // let go of the vectors met (an index may drop them)
    touchedNodes.fill(undefined, 0, count);
    const matches: ReuseMatch[] = scored.map(({ doc, sim, score, coverage }) => {
      const dpiBlocks = dpi.filter(b => b.platforms.includes(doc.id)).map(b => b.block);
      const namedFor =
        named.platforms.has(doc.id) || (alikeHead !== undefined && this.alike.isAlike(doc, alikeHead, featureKeys))
          ? named.head
          : undefined;
      const clusteredWith = clustered.get(doc);
      const details = matchDetails(doc, coverage, { features, functions: proposal.functions, dpiBlocks, namedFor, clusteredWith }, terms);
      return {
        id: doc.id,
        name: doc.app.name,
        score,
        similarity: round(sim, 4),
        coverage: round(coverage, 4),
        nationalPlatform: !!doc.app.nationalPlatform,
        reasons: details.map(reasonSentence),
        details,
      };
    });
    let verdict: ReuseRanking['verdict'] = 'no-relevant-application';
    if (matches.length) verdict = matches[0].nationalPlatform ? 'reuse-national-platform' : 'reuse-existing';
    return { matches, verdict, dpi };
  }
}
