import lunr from 'lunr';
import type { ReuseApplication, ReuseProposal } from '@internal/spbe-reuse-engine';

/**
 * Backstage's default search engine (lunr) used as "search the catalog for
 * the text": fields name (boost 3), description, functions.
 */
export class LunrBaseline {
  private readonly index: lunr.Index;

  constructor(apps: ReuseApplication[]) {
    this.index = lunr(function build() {
      this.ref('id');
      this.field('name', { boost: 3 });
      this.field('description');
      this.field('functions');
      for (const a of apps) {
        this.add({ id: a.id, name: a.name, description: a.description ?? '', functions: (a.functions ?? []).join(' ') });
      }
    });
  }

  search(p: ReuseProposal | ReuseApplication): Array<{ ref: string; score: number }> {
    const text = [p.name, p.description ?? '', ...(p.functions ?? [])].join(' ');
    const tokens = lunr.tokenizer(text).map(t => t.toString()).filter(t => t.length > 1);
    if (tokens.length === 0) return [];
    return this.index.query(q => {
      for (const t of tokens) q.term(t, { presence: lunr.Query.presence.OPTIONAL });
    });
  }
}
