import { addProfile, codeProfile, codesConflict, functionCodes } from './codeProfile';
import { averageLinkage } from './averageLinkage';
import { ReuseIndex } from '../ReuseIndex';

describe('function code profiles', () => {
  it('reads second-level RAL and RAB codes only', () => {
    expect(functionCodes(['@RAL.02', '@RAL.02.04', '@RAL.02.04.01', '@RAB.09.06', '#sakip', 'kinerja'])).toEqual([
      ['RAL', 'RAL.02.04'],
      ['RAB', 'RAB.09.06'],
    ]);
  });

  it('conflicts when both sides are coded in a domain and the codes do not overlap', () => {
    const kinerja = codeProfile([['RAL', 'RAL.02.04'], ['RAB', 'RAB.09.06']], 3);
    const sakip = codeProfile([['RAL', 'RAL.02.07'], ['RAB', 'RAB.09.06']], 2);
    expect(codesConflict(kinerja, sakip, 0.2)).toBe(true);
    expect(codesConflict(kinerja, sakip, 0)).toBe(false);
    // uncoded groups never conflict
    expect(codesConflict(kinerja, undefined, 0.2)).toBe(false);
    // a stray code among many agreeing ones is tolerated
    const mostly = addProfile(codeProfile([['RAL', 'RAL.02.04']], 8), codeProfile([['RAL', 'RAL.02.07']], 1));
    expect(codesConflict(mostly, kinerja, 0.2)).toBe(false);
    expect(codesConflict(mostly, sakip, 0.2)).toBe(true);
  });

  it('needs two RAB-coded members on each side, one RAL-coded member', () => {
    const rab = (code: string, n: number) => codeProfile([['RAB', code]], n);
    const ral = (code: string, n: number) => codeProfile([['RAL', code]], n);
    expect(codesConflict(rab('RAB.06.01', 1), rab('RAB.06.02', 5), 0.2)).toBe(false);
    expect(codesConflict(rab('RAB.06.01', 2), rab('RAB.06.02', 5), 0.2)).toBe(true);
    expect(codesConflict(ral('RAL.02.04', 1), ral('RAL.02.07', 1), 0.2)).toBe(true);
  });

  it('stops average linkage from merging groups with conflicting codes', () => {
    const v = () => new Map([[1, 1]]);
    const items = [
      { size: 1, vector: v(), codes: codeProfile([['RAL', 'RAL.02.04']], 1) },
      { size: 1, vector: v(), codes: codeProfile([['RAL', 'RAL.02.07']], 1) },
      { size: 1, vector: v() },
    ];
    const edges: Array<[number, number]> = [[0, 1], [1, 2], [0, 2]];
    expect(averageLinkage(items, edges, 0.3)).toEqual([[0, 1, 2]]);
    expect(averageLinkage(items, edges, 0.3, { minCodeOverlap: 0.2 })).toEqual([[0, 2], [1]]);
  });

  it('keeps applications with shared words but different function codes apart in the index', () => {
    const apps = [
      { id: 'a', name: 'e-Kinerja', description: 'Laporan kinerja harian pegawai', codes: { ral: ['RAL.02.04'] } },
      { id: 'b', name: 'e-Kinerja Pegawai', description: 'Laporan kinerja harian pegawai', codes: { ral: ['RAL.02.07'] } },
      { id: 'c', name: 'e-Kinerja', description: 'Laporan kinerja harian pegawai' },
    ];
    const clusters = (o: { minCodeOverlap?: number }) => {
      const index = ReuseIndex.create(o);
      index.upsertMany(apps);
      return index.findDuplicates().map(c => c.members);
    };
    expect(clusters({ minCodeOverlap: 0 })).toEqual([['a', 'b', 'c']]);
    expect(clusters({})).toEqual([['a', 'c']]);
  });
});
