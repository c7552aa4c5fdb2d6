import { addProfile, codeProfile, codesAgree, codesConflict, functionCodes } from './codeProfile';
import { averageLinkage } from './linkItems';
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

  it('agrees when every domain both sides code overlaps at least 0.8', () => {
    const ral = (code: string, n: number) => codeProfile([['RAL', code]], n);
    expect(codesAgree(ral('RAL.02.04', 1), ral('RAL.02.04', 3))).toBe(true);
    expect(codesAgree(ral('RAL.02.04', 1), ral('RAL.02.07', 1))).toBe(false);
    expect(codesAgree(ral('RAL.02.04', 1), undefined)).toBe(false);
    // 3 of 4 members share the code: 0.75 < 0.8
    expect(codesAgree(addProfile(ral('RAL.02.04', 3), ral('RAL.02.07', 1)), ral('RAL.02.04', 2))).toBe(false);
    // agreeing RAL but different RAB: no agreement
    const both = (l: string, b: string) => codeProfile([['RAL', l], ['RAB', b]], 1);
    expect(codesAgree(both('RAL.02.04', 'RAB.09.06'), both('RAL.02.04', 'RAB.09.06'))).toBe(true);
    expect(codesAgree(both('RAL.02.04', 'RAB.09.06'), both('RAL.02.04', 'RAB.09.02'))).toBe(false);
  });

  it('lets average linkage merge groups with agreeing codes at the lower threshold only', () => {
    // two items whose cosine is 0.2: below the threshold 0.3, above the agreed threshold 0.15
    const x = new Map([[1, 0.2], [2, Math.sqrt(1 - 0.04)]]);
    const y = new Map([[1, 1]]);
    const coded = (code: string) => codeProfile([['RAL', code]], 1);
    const edges: Array<[number, number]> = [[0, 1]];
    const rules = { agreedThreshold: 0.15 };
    expect(averageLinkage([{ size: 1, vector: x }, { size: 1, vector: y }], edges, 0.3, rules)).toEqual([[0], [1]]);
    expect(
      averageLinkage([{ size: 1, vector: x, codes: coded('RAL.02.04') }, { size: 1, vector: y, codes: coded('RAL.02.04') }], edges, 0.3, rules),
    ).toEqual([[0, 1]]);
    expect(
      averageLinkage([{ size: 1, vector: x, codes: coded('RAL.02.04') }, { size: 1, vector: y, codes: coded('RAL.02.07') }], edges, 0.3, rules),
    ).toEqual([[0], [1]]);
    expect(
      averageLinkage([{ size: 1, vector: x, codes: coded('RAL.02.04') }, { size: 1, vector: y, codes: coded('RAL.02.04') }], edges, 0.3),
    ).toEqual([[0], [1]]);
  });

  it('stops average linkage from merging groups with conflicting codes, unless they say nearly the same words', () => {
    // cosines: 0-1 0.5, 0-2 0.8, 1-2 0.92
    const items = [
      { size: 1, vector: new Map([[1, 1]]), codes: codeProfile([['RAL', 'RAL.02.04']], 1) },
      { size: 1, vector: new Map([[1, 0.5], [2, Math.sqrt(0.75)]]), codes: codeProfile([['RAL', 'RAL.02.07']], 1) },
      { size: 1, vector: new Map([[1, 0.8], [2, 0.6]]) },
    ];
    const edges: Array<[number, number]> = [[0, 1], [1, 2], [0, 2]];
    expect(averageLinkage(items, edges, 0.3)).toEqual([[0, 1, 2]]);
    // {1, 2} first (0.92); then 0 against them averages 0.65, and the codes conflict
    expect(averageLinkage(items, edges, 0.3, { minCodeOverlap: 0.2 })).toEqual([[0], [1, 2]]);
    // the same vector three times (similarity 1): a code that disagrees is no evidence of another function
    const same = items.map(item => ({ ...item, vector: new Map([[1, 1]]) }));
    expect(averageLinkage(same, edges, 0.3, { minCodeOverlap: 0.2 })).toEqual([[0, 1, 2]]);
  });

  it('keeps applications with shared words but different function codes apart in the index', () => {
    const apps = [
      { id: 'a', name: 'e-Kinerja', description: 'Laporan kinerja harian pegawai', codes: { ral: ['RAL.02.04'] } },
      // similar, not nearly the same (0.65 on average): the codes decide
      { id: 'b', name: 'e-Kinerja', description: 'Kinerja pegawai: target tahunan, capaian triwulan dan evaluasi', codes: { ral: ['RAL.02.07'] } },
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
