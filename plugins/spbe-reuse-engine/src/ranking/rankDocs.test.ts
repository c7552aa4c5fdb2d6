import type { Doc, VectorNode } from '../model';
import { addToRankDocs, RANK_DOCS_KEPT, rankDocs, removeFromRankDocs } from './rankDocs';

function doc(id: string, national = false): Doc {
  return { id, app: { id, name: id, nationalPlatform: national } } as unknown as Doc;
}

function emptyNode(): VectorNode {
  return { docs: new Set<Doc>() } as unknown as VectorNode;
}

/** The view built from scratch, as the ranking had it before views were kept up to date. */
function fresh(node: VectorNode, top: number) {
  const ids = [...node.docs].map(d => d.id);
  const national = [...node.docs].filter(d => d.app.nationalPlatform).map(d => d.id).sort();
  const others = [...node.docs].filter(d => !d.app.nationalPlatform).map(d => d.id).sort().slice(0, top);
  return { ids, national, others };
}

function seen(node: VectorNode, top: number) {
  const view = rankDocs(node, top);
  return { national: view.national.map(d => d.id).sort(), others: view.others.slice(0, top).map(d => d.id) };
}

describe('rankDocs', () => {
  it('keeps national platforms and the smallest other ids as applications come and go', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const node = emptyNode();
    const all: Doc[] = [];
    for (let step = 0; step < 2000; step++) {
      if (node.docs.size > 0 && random() < 0.4) {
        const victim = [...node.docs][Math.floor(random() * node.docs.size)];
        node.docs.delete(victim);
        removeFromRankDocs(node, victim);
      } else {
        const added = doc(`a${String(Math.floor(random() * 10000)).padStart(5, '0')}-${step}`, random() < 0.1);
        all.push(added);
        node.docs.add(added);
        addToRankDocs(node, added);
      }
      const top = step % 3 === 0 ? 5 : RANK_DOCS_KEPT + 3;
      const expected = fresh(node, top);
      expect(seen(node, top)).toEqual({ national: expected.national, others: expected.others });
    }
    expect(all.length).toBeGreaterThan(1000);
  });

  it('is built with a new vector and needs no rebuild for the first queries', () => {
    const node = emptyNode();
    const first = doc('b');
    node.docs.add(first);
    addToRankDocs(node, first);
    const view = node.rankDocs;
    for (const id of ['d', 'a', 'c']) {
      const d = doc(id);
      node.docs.add(d);
      addToRankDocs(node, d);
    }
    expect(node.rankDocs).toBe(view);
    expect(rankDocs(node, 5)).toBe(view);
    expect(view!.others.map(d => d.id)).toEqual(['a', 'b', 'c', 'd']);
  });
});
