import { readSpbeClassification } from './classification';
import {
  fullApplication,
  nationalPlatform,
  sparseApplication,
} from '../__fixtures__/entities';

describe('readSpbeClassification', () => {
  it('reads every fact of a fully described application', () => {
    const c = readSpbeClassification(fullApplication);
    expect(c.facts.jenis).toBe('khusus');
    expect(c.instansi).toEqual({
      kind: 'group',
      namespace: 'default',
      name: 'kemendagri',
    });
    expect(c.koordinator).toEqual({
      kind: 'group',
      namespace: 'default',
      name: 'kemenko-polkam',
    });
    expect(c.kodeRal).toEqual([
      {
        code: 'RAL.02.03',
        entityRef: {
          kind: 'ReferenceArchitecture',
          namespace: 'default',
          name: 'ral-02-03',
        },
      },
    ]);
    expect(c.kodeRab.map(l => l.entityRef.name)).toEqual([
      'rab-09-05',
      'rab-09-06',
    ]);
    expect(c.source).toEqual({ type: 'inventory', value: 'kemendagri.csv#12' });
  });

  it('falls back to spec.owner and leaves missing facts empty', () => {
    const c = readSpbeClassification(sparseApplication);
    expect(c.instansi).toEqual({
      kind: 'group',
      namespace: 'default',
      name: 'kemenkeu',
    });
    expect(c.koordinator).toBeUndefined();
    expect(c.kodeRal).toEqual([]);
    expect(c.source).toEqual({ type: 'unknown' });
  });

  it('prefers the approved usulan as the source', () => {
    expect(readSpbeClassification(nationalPlatform).source).toEqual({
      type: 'usulan',
      value: 'USL-2024-001',
    });
  });

  it('has no koordinator until the processor relates one', () => {
    const entity = {
      ...fullApplication,
      relations: fullApplication.relations!.filter(
        r => r.type !== 'coordinatedBy',
      ),
    };
    expect(readSpbeClassification(entity).koordinator).toBeUndefined();
  });
});
