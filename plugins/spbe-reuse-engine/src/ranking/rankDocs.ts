import { byString, Doc, RankDocs, VectorNode } from '../model';

/**
 * How many of a vector's other applications its view keeps (the smallest ids):
 * enough for the default top 5 and for most requests; a longer top rebuilds it.
 */
export const RANK_DOCS_KEPT = 10;

/** Puts a non-national application into `others` if its id is among the `kept` smallest. */
function keep(others: Doc[], kept: number, doc: Doc): void {
  if (others.length >= kept && byString(others[others.length - 1].id, doc.id) <= 0) return;
  let i = others.length;
  while (i > 0 && byString(others[i - 1].id, doc.id) > 0) i--;
  others.splice(i, 0, doc);
  if (others.length > kept) others.pop();
}

function build(node: VectorNode, kept: number): RankDocs {
  const view: RankDocs = { national: [], others: [], kept, nonNational: 0 };
  for (const doc of node.docs) {
    if (doc.app.nationalPlatform) view.national.push(doc);
    else {
      view.nonNational++;
      keep(view.others, kept, doc);
    }
  }
  node.rankDocs = view;
  return view;
}

/**
 * A vector's applications as a top `top` list can take them: the national
 * platforms, and the others with the smallest ids (they share one score, and
 * equal scores rank by id). Kept up to date as applications come and go
 * (`addToRankDocs`, `removeFromRankDocs`), so that the first queries after a
 * build do not build thousands of them; built here only when missing or too
 * short for `top`.
 */
export function rankDocs(node: VectorNode, top: number): RankDocs {
  const view = node.rankDocs;
  if (view && (view.kept >= top || view.others.length === view.nonNational)) return view;
  return build(node, Math.max(top, RANK_DOCS_KEPT));
}

/** Records an application added to `node.docs` in its view (a new vector gets one). */
export function addToRankDocs(node: VectorNode, doc: Doc): void {
  const national = !!doc.app.nationalPlatform;
  if (node.docs.size === 1) {
    node.rankDocs = { national: national ? [doc] : [], others: national ? [] : [doc], kept: RANK_DOCS_KEPT, nonNational: national ? 0 : 1 };
    return;
  }
  const view = node.rankDocs;
  if (!view) return;
  if (national) view.national.push(doc);
  else {
    view.nonNational++;
    keep(view.others, view.kept, doc);
  }
}

/** Records an application removed from `node.docs`: a view that may now miss one of its others is dropped. */
export function removeFromRankDocs(node: VectorNode, doc: Doc): void {
  const view = node.rankDocs;
  if (!view) return;
  if (doc.app.nationalPlatform) {
    const at = view.national.indexOf(doc);
    if (at >= 0) view.national.splice(at, 1);
    return;
  }
  view.nonNational--;
  const at = view.others.indexOf(doc);
  if (at < 0) return;
  if (view.others.length > view.nonNational) view.others.splice(at, 1);
  else node.rankDocs = undefined;
}
