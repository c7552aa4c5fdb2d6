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
        labels: { 'spbe.go.id/ral': 'RAL.02.04' },
      },
      spec: { type: 'aplikasi', owner: 'kemenkes' },
      relations: [
        { type: 'ownedBy', targetRef: 'group:default/kemenkes' },
        { type: 'coordinatedBy', targetRef: 'group:default/kemenko-pmk' },
      ],
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

  it('has no coordinator when the processor has not related the entity', () => {
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
