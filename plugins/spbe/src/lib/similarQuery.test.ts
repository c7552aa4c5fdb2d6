import { entityToReuseQuery } from './similarQuery';

describe('entityToReuseQuery', () => {
  it('builds the check from the SPBE annotations', () => {
    expect(
      entityToReuseQuery({
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: {
          name: 'srikandi',
          title: 'SRIKANDI',
          description: 'Kearsipan dinamis',
          annotations: {
            'spbe.go.id/fungsi': 'surat masuk; disposisi pimpinan',
            'spbe.go.id/kode-ral': 'RAL.02.06',
            'spbe.go.id/data': 'naskah dinas',
          },
        },
        spec: { type: 'aplikasi' },
      }),
    ).toEqual({
      name: 'SRIKANDI',
      description: 'Kearsipan dinamis',
      functions: ['surat masuk', 'disposisi pimpinan'],
      dataUsed: ['naskah dinas'],
      referenceCodes: ['RAL.02.06'],
    });
  });

  it('falls back to the description when no function is recorded', () => {
    const q = entityToReuseQuery({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: { name: 'e-mutasi', description: 'Database pegawai' },
    });
    expect(q.functions).toEqual(['Database pegawai']);
    expect(q.name).toBe('e-mutasi');
  });
});
