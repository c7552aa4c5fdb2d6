import {
  parseReferenceCode,
  referenceCodeAncestors,
  referenceEntityName,
  splitList,
} from './referenceCodes';

describe('parseReferenceCode', () => {
  it.each([
    ['RAL.02.03', 'RAL.02.03', 2],
    ['ral.2.03', 'RAL.02.03', 2],
    ['Rab.02.01', 'RAB.02.01', 2],
    [' RAL.2.03.02.01 ', 'RAL.02.03.02.01', 4],
    ['RAB 09-05-06', 'RAB.09.05.06', 3],
    ['raa01.02', 'RAA.01.02', 2],
    ['RAK.1', 'RAK.01', 1],
  ])('normalises %p to %p', (raw, code, level) => {
    const result = parseReferenceCode(raw);
    expect(result).toEqual({
      ok: true,
      value: expect.objectContaining({ code, level }),
    });
  });

  it.each([
    ['', 'empty code'],
    ['RAX.01', 'is not a reference code'],
    ['RAL', 'is not a reference code'],
    ['RAL.123', 'is not a reference code'],
    ['RAL.02.xx', 'is not a reference code'],
    ['RAL.00.01', 'numbered 00'],
    ['RAL.01.01.01.01.01.01.01.01', 'levels'],
  ])('rejects %p', (raw, reason) => {
    const result = parseReferenceCode(raw);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.reason).toContain(reason);
  });
});

describe('helpers', () => {
  it('lists ancestors', () => {
    const r = parseReferenceCode('RAL.02.03.02');
    if (!r.ok) throw new Error('parse failed');
    expect(referenceCodeAncestors(r.value)).toEqual(['RAL.02', 'RAL.02.03']);
  });

  it('names entities and splits lists', () => {
    expect(referenceEntityName('RAL.02.03')).toBe('ral-02-03');
    expect(splitList('RAL.01; RAL.02,, RAB.09 |x')).toEqual([
      'RAL.01',
      'RAL.02',
      'RAB.09',
      'x',
    ]);
  });
});
