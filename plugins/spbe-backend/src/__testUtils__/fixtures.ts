import { Entity } from '@backstage/catalog-model';

function group(name: string, type: string, parent?: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name, namespace: 'default' },
    spec: { type, children: [], ...(parent ? { parent } : {}) },
  };
}

function user(name: string, groups: string[]): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name, namespace: 'default' },
    spec: { memberOf: groups },
    relations: groups.map(g => ({ type: 'memberOf', targetRef: `group:default/${g}` })),
  };
}

function application(
  name: string,
  options: {
    title: string;
    agency: string;
    coordinator?: string;
    functions: string;
    ral?: string;
    platform?: boolean;
    implementsDpi?: string;
    inventory?: boolean;
  },
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name,
      namespace: 'default',
      title: options.title,
      etag: `etag-${name}`,
      annotations: {
        'spbe.go.id/jenis': options.platform ? 'umum' : 'khusus',
        'spbe.go.id/fungsi': options.functions,
        ...(options.ral ? { 'spbe.go.id/kode-ral': options.ral } : {}),
        ...(options.platform ? { 'spbe.go.id/platform-nasional': 'true' } : {}),
        ...(options.implementsDpi ? { 'spbe.go.id/implements-dpi': options.implementsDpi } : {}),
        ...(options.inventory ? { 'spbe.go.id/inventory-source': `inventaris.csv#${name}` } : {}),
      },
    },
    spec: { type: 'aplikasi', owner: `group:default/${options.agency}`, lifecycle: 'production' },
    relations: options.coordinator
      ? [{ type: 'coordinatedBy', targetRef: `group:default/${options.coordinator}` }]
      : [],
  };
}

/** Demo organisation: two Kemenko with a ministry each, teams, role groups and users. */
export const groups: Entity[] = [
  group('spbe-arsitek', 'team'),
  group('spbe-pimpinan', 'team'),
  group('kemenko-pmk', 'kemenko'),
  group('kemenkes', 'kementerian', 'group:default/kemenko-pmk'),
  group('kemenko-perekonomian', 'kemenko'),
  group('kemenkeu', 'kementerian', 'kemenko-perekonomian'),
  group('kemenpanrb', 'kementerian'),
  group('tim-kemenkes', 'team', 'kemenkes'),
  group('tim-kemenkeu', 'team', 'kemenkeu'),
  group('tim-auditor-pmk', 'team', 'kemenko-pmk'),
];

export const users: Entity[] = [
  user('arsitek', ['spbe-arsitek']),
  user('pimpinan', ['spbe-pimpinan']),
  user('dev-kemenkes', ['tim-kemenkes']),
  user('dev-kemenkeu', ['tim-kemenkeu']),
  user('auditor-pmk', ['tim-auditor-pmk']),
  user('outsider', []),
];

export const applications: Entity[] = [
  application('simpeg-kemenkes', {
    title: 'SIMPEG Kemenkes', agency: 'kemenkes', coordinator: 'kemenko-pmk',
    functions: 'kepegawaian; data pegawai; absensi', ral: 'RAL.02.04.01', inventory: true,
  }),
  application('sikepeg-kemenkes', {
    title: 'SIKEPEG Kemenkes', agency: 'kemenkes', coordinator: 'kemenko-pmk',
    functions: 'kepegawaian; data pegawai; absensi', ral: 'RAL.02.04.01', inventory: true,
  }),
  application('siasn', {
    title: 'SIASN Kepegawaian Nasional', agency: 'kemenpanrb', platform: true,
    functions: 'kepegawaian; data pegawai ASN', ral: 'RAL.02.04', inventory: true,
  }),
  application('simponi', {
    title: 'SIMPONI', agency: 'kemenkeu', coordinator: 'kemenko-perekonomian',
    functions: 'pembayaran PNBP; billing', platform: true, implementsDpi: 'pembayaran', inventory: true,
  }),
  application('e-lapor-kemenkeu', {
    title: 'Pengaduan Kemenkeu', agency: 'kemenkeu', coordinator: 'kemenko-perekonomian',
    functions: 'pengaduan masyarakat', inventory: true,
  }),
];

export const entities: Entity[] = [...groups, ...users, ...applications];
