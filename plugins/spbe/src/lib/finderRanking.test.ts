import { ReuseCandidate } from '@internal/plugin-spbe-common';
import { needToQuery, rankForFinder } from './finderRanking';

const c = (name: string, score: number, platformNasional = false): ReuseCandidate => ({
  entityRef: `component:default/${name}`,
  name,
  score,
  platformNasional,
  reasons: [],
});

describe('rankForFinder', () => {
  it('puts national platforms first, then by score', () => {
    const ranked = rankForFinder([c('a', 0.9), c('p', 0.5, true), c('b', 0.95), c('q', 0.7, true)]);
    expect(ranked.map(r => r.name)).toEqual(['q', 'p', 'b', 'a']);
  });

  it('keeps the engine order on equal scores', () => {
    expect(rankForFinder([c('x', 0.5), c('y', 0.5)]).map(r => r.name)).toEqual(['x', 'y']);
  });
});

describe('needToQuery', () => {
  it('uses the need as name, description and function, trimmed to API limits', () => {
    const q = needToQuery('  surat   masuk ');
    expect(q).toEqual({ name: 'surat masuk', description: 'surat masuk', functions: ['surat masuk'] });
    expect(needToQuery('x'.repeat(600)).name).toHaveLength(200);
    expect(needToQuery('x'.repeat(600)).functions[0]).toHaveLength(500);
  });
});
