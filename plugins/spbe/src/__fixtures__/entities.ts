import { Entity } from '@backstage/catalog-model';
import {
  ANNOTATION_DPI,
  ANNOTATION_FUNGSI,
  ANNOTATION_IMPLEMENTS_DPI,
  ANNOTATION_INVENTORY_SOURCE,
  ANNOTATION_JENIS,
  ANNOTATION_KODE_RAA,
  ANNOTATION_KODE_RAB,
  ANNOTATION_KODE_RAL,
  ANNOTATION_PLATFORM_NASIONAL,
  ANNOTATION_STATUS,
  ANNOTATION_TAHUN,
  ANNOTATION_URL,
  ANNOTATION_USULAN,
  LABEL_RAL,
  RELATION_CONSUMES_DPI,
  RELATION_COORDINATED_BY,
  RELATION_IMPLEMENTS_DPI,
} from '@internal/plugin-spbe-common';

/** A fully described agency application, imported from an inventory. */
export const fullApplication: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'sipd-kemendagri',
    title: 'SIPD',
    annotations: {
      [ANNOTATION_JENIS]: 'khusus',
      [ANNOTATION_KODE_RAL]: 'RAL.02.03',
      [ANNOTATION_KODE_RAB]: 'RAB.09.05; RAB.09.06',
      [ANNOTATION_KODE_RAA]: 'RAA.01.02',
      [ANNOTATION_STATUS]: 'pengembangan',
      [ANNOTATION_TAHUN]: '2021',
      [ANNOTATION_URL]: 'https://sipd.example.go.id',
      [ANNOTATION_FUNGSI]: 'Perencanaan daerah; Penganggaran daerah',
      [ANNOTATION_DPI]: 'identitas-digital',
      [ANNOTATION_INVENTORY_SOURCE]: 'kemendagri.csv#12',
    },
    labels: { [LABEL_RAL]: 'RAL.02.03' },
  },
  spec: {
    type: 'aplikasi',
    owner: 'group:default/kemendagri',
    lifecycle: 'production',
  },
  relations: [
    { type: 'ownedBy', targetRef: 'group:default/kemendagri' },
    {
      type: RELATION_COORDINATED_BY,
      targetRef: 'group:default/kemenko-polkam',
    },
    {
      type: RELATION_CONSUMES_DPI,
      targetRef: 'resource:default/dpi-pertukaran-data',
    },
  ],
};

/** An application with only the required jenis and an owner, no processor output. */
export const sparseApplication: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'aplikasi-baru',
    annotations: { [ANNOTATION_JENIS]: 'umum' },
  },
  spec: { type: 'aplikasi', owner: 'kemenkeu', lifecycle: 'experimental' },
};

/** A national shared platform that implements two DPI blocks and uses a third. */
export const nationalPlatform: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'ina-pas',
    title: 'INApas',
    annotations: {
      [ANNOTATION_JENIS]: 'umum',
      [ANNOTATION_PLATFORM_NASIONAL]: 'true',
      [ANNOTATION_IMPLEMENTS_DPI]: 'identitas-digital',
      [ANNOTATION_DPI]: 'pertukaran-data',
      [ANNOTATION_STATUS]: 'aktif',
      [ANNOTATION_USULAN]: 'USL-2024-001',
    },
  },
  spec: {
    type: 'aplikasi',
    owner: 'group:default/komdigi',
    lifecycle: 'production',
  },
  relations: [
    { type: 'ownedBy', targetRef: 'group:default/komdigi' },
    {
      type: RELATION_IMPLEMENTS_DPI,
      targetRef: 'resource:default/dpi-pembayaran',
    },
  ],
};

/** A component that is not an SPBE application. */
export const plainService: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'internal-tool' },
  spec: {
    type: 'service',
    owner: 'group:default/team-a',
    lifecycle: 'production',
  },
};
