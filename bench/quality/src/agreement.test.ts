import { Labelling, nameKey, shared } from './agreement';
import { pairwiseScores } from './metrics';

/** A labelling of named applications: `groups` by name, `clusters` the engine's, ids `<key>-<name>`. */
function labelling(key: string, names: string[], groups: string[][], clusters: string[][] = []): Labelling {
  const id = (name: string) => `${key}-${nameKey(name)}`;
  const groupOf = new Map<string, string>();
  groups.forEach((g, i) => g.forEach(n => groupOf.set(id(n), `g${i}`)));
  const clusterOf = new Map<string, string>();
  clusters.forEach((c, i) => c.forEach(n => clusterOf.set(id(n), `c${i}`)));
  return { key, idOfName: new Map(names.map(n => [nameKey(n), id(n)])), groupOf, clusterOf };
}

describe('labeller agreement', () => {
  it('matches names however they are written', () => {
    expect(nameKey('SP4N-LAPOR!')).toBe(nameKey('sp4n lapor'));
    expect(nameKey('e-BPHTB')).not.toBe(nameKey('e-PBB'));
  });

  it('compares two labellings on the applications both have, and the engine against each', () => {
    const a = labelling(
      'a',
      ['e-BPHTB', 'e-PBB', 'SIMPATDA', 'SIPD', 'Only in A'],
      [['e-BPHTB', 'e-PBB', 'SIMPATDA'], ['SIPD', 'Only in A']],
      [['e-BPHTB', 'SIMPATDA']],
    );
    const b = labelling('b', ['E-PBB', 'e-BPHTB', 'Simpatda', 'SIPD'], [['e-PBB'], ['e-BPHTB', 'Simpatda']], [['e-BPHTB', 'Simpatda']]);
    const s = shared(a, b);
    expect(s.names).toEqual(['ebphtb', 'epbb', 'simpatda', 'sipd']);
    // A groups all three taxes (3 pairs), B only BPHTB with SIMPATDA (1 pair, which A has too)
    const agreement = pairwiseScores(s.groupsB, s.groupsA);
    expect(agreement.goldPairs).toBe(3);
    expect(agreement.predictedPairs).toBe(1);
    expect(agreement.f1).toBeCloseTo(0.5);
    // the engine's one pair is right for both labellings
    expect(pairwiseScores(s.clustersA, s.groupsA).f1).toBeCloseTo(0.5);
    expect(pairwiseScores(s.clustersB, s.groupsB).f1).toBe(1);
  });
});
