import type { Entity } from '@backstage/catalog-model';
import {
  ANNOTATION_DATA,
  ANNOTATION_DPI,
  ANNOTATION_FUNGSI,
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
  APPLICATION_COMPONENT_TYPE,
} from './annotations';
import { splitList } from './referenceCodes';

export type Jenis = 'umum' | 'khusus';
export const JENIS_VALUES: readonly Jenis[] = ['umum', 'khusus'];

export type ApplicationStatus = 'aktif' | 'pengembangan' | 'nonaktif';
export const APPLICATION_STATUSES: readonly ApplicationStatus[] = [
  'aktif',
  'pengembangan',
  'nonaktif',
];

/** The SPBE facts of an application entity, read from its annotations. */
export interface SpbeApplicationFacts {
  jenis?: string;
  kodeRal: string[];
  kodeRab: string[];
  kodeRaa: string[];
  status?: string;
  tahun?: string;
  url?: string;
  fungsi: string[];
  data: string[];
  dpi: string[];
  platformNasional: boolean;
  inventorySource?: string;
  usulan?: string;
}

/** True for a Component of type `aplikasi` (an SPBE application). */
export function isSpbeApplication(entity: Entity): boolean {
  return (
    entity.kind.toLocaleLowerCase('en-US') === 'component' &&
    (entity.spec as { type?: unknown } | undefined)?.type ===
      APPLICATION_COMPONENT_TYPE
  );
}

/** True when the application is a national shared platform. */
export function isNationalPlatform(entity: Entity): boolean {
  return entity.metadata.annotations?.[ANNOTATION_PLATFORM_NASIONAL] === 'true';
}

/** Reads the SPBE annotations of an entity into a typed object. */
export function readSpbeApplicationFacts(entity: Entity): SpbeApplicationFacts {
  const a = entity.metadata.annotations ?? {};
  return {
    jenis: a[ANNOTATION_JENIS],
    kodeRal: splitList(a[ANNOTATION_KODE_RAL]),
    kodeRab: splitList(a[ANNOTATION_KODE_RAB]),
    kodeRaa: splitList(a[ANNOTATION_KODE_RAA]),
    status: a[ANNOTATION_STATUS],
    tahun: a[ANNOTATION_TAHUN],
    url: a[ANNOTATION_URL],
    fungsi: a[ANNOTATION_FUNGSI]
      ? a[ANNOTATION_FUNGSI].split(/[;\n]/).map(s => s.trim()).filter(Boolean)
      : [],
    data: a[ANNOTATION_DATA]
      ? a[ANNOTATION_DATA].split(/[;\n]/).map(s => s.trim()).filter(Boolean)
      : [],
    dpi: splitList(a[ANNOTATION_DPI]),
    platformNasional: a[ANNOTATION_PLATFORM_NASIONAL] === 'true',
    inventorySource: a[ANNOTATION_INVENTORY_SOURCE],
    usulan: a[ANNOTATION_USULAN],
  };
}
