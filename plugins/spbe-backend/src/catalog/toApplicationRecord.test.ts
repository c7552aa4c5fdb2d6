import { toApplicationRecord } from './toApplicationRecord';

describe('toApplicationRecord', () => {
  it('reads SPBE facts, agency and coordinator', () => {
    const record = toApplicationRecord({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: {
        name: 'simpeg-kemenkes',
        title: 'SIMPEG Kemenkes',
        annotations: {
          'spbe.go.id/jenis': 'khusus',
          'spbe.go.id/kode-ral': 'RAL.02.04.01',
          'spbe.go.id/fungsi': 'kepegawaian; absensi',
          'spbe.go.id/dpi': 'identitas-digital',
          'spbe.go.id/inventory-source': 'kemenkes.csv#12',
        },
        labels: {
          'spbe.go.id/instansi': 'kemenkes',
          'spbe.go.id/koordinator': 'kemenko-pmk',
          'spbe.go.id/ral': 'RAL.02.04',
        },
      },
      spec: { type: 'aplikasi', owner: 'kemenkes' },
    });
    expect(record).toMatchObject({
      entityRef: 'component:default/simpeg-kemenkes',
      agency: 'group:default/kemenkes',
      coordinator: 'group:default/kemenko-pmk',
      ral: 'RAL.02.04',
      functions: ['kepegawaian', 'absensi'],
      dpi: ['identitas-digital'],
      grandfathered: true,
      platformNasional: false,
    });
  });

  it('falls back to the owner when the processor has not labelled the entity', () => {
    const record = toApplicationRecord({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: { name: 'x', namespace: 'default' },
      spec: { type: 'aplikasi', owner: 'group:bkn' },
    });
    expect(record.agency).toBe('group:default/bkn');
    expect(record.coordinator).toBeUndefined();
    expect(record.grandfathered).toBe(false);
  });
});
