import {
  createTranslationMessages,
  createTranslationRef,
  createTranslationResource,
} from '@backstage/frontend-plugin-api';

/** Indonesian messages of the home page: the portal's default language. */
const messagesId = {
  title: 'Portal Guna Ulang SPBE',
  lead: 'Sebelum membangun aplikasi baru, temukan layanan yang sudah ada.',
  leadDetail:
    'Portal ini memuat arsitektur SPBE nasional: aplikasi instansi, platform nasional, blok DPI, dan arsitektur referensi.',
  searchPlaceholder: 'Cari aplikasi, layanan, atau platform',
  shortcutsTitle: 'Pintasan per peran',
  'roles.pengembang.title': 'Pengembang',
  'roles.pengembang.description':
    'Periksa apakah aplikasi, platform, atau blok DPI yang Anda butuhkan sudah ada.',
  'roles.arsitek.title': 'Arsitek',
  'roles.arsitek.description':
    'Petakan aplikasi ke arsitektur referensi dan temukan aplikasi umum.',
  'roles.koordinator.title': 'Koordinator',
  'roles.koordinator.description':
    'Tinjau aplikasi per instansi dan kementerian koordinator.',
  'roles.pimpinan.title': 'Pimpinan',
  'roles.pimpinan.description':
    'Lihat platform nasional dan aplikasi umum yang wajib dipakai ulang.',
  'links.applications': 'Katalog aplikasi',
  'links.nationalPlatforms': 'Platform nasional',
  'links.dpiBlocks': 'Blok DPI',
  'links.referenceArchitecture': 'Arsitektur referensi',
  'links.sharedApplications': 'Aplikasi umum',
  'links.agencies': 'Instansi',
  'pages.reuseFinder': 'Temukan Layanan',
  'pages.proposals': 'Usulan',
  'pages.dashboard': 'Dasbor Duplikasi',
  'pages.audit': 'Audit Koordinator',
} as const;

/** Messages of the portal's home page; Indonesian by default. */
export const homeTranslationRef = createTranslationRef({
  id: 'spbe-home',
  messages: messagesId,
});

/**
 * Indonesian (`id`) and English (`en`) home page messages. The explicit `id`
 * bundle keeps Indonesian working after the user has switched to English and
 * back (default messages live in the `en` fallback bundle).
 */
export const homeTranslations = createTranslationResource({
  ref: homeTranslationRef,
  translations: {
    id: async () => ({
      default: createTranslationMessages({
        ref: homeTranslationRef,
        full: true,
        messages: messagesId,
      }),
    }),
    en: async () => ({
      default: createTranslationMessages({
        ref: homeTranslationRef,
        full: true,
        messages: {
          title: 'SPBE Reuse Portal',
          lead: 'Before building a new application, find the services that already exist.',
          leadDetail:
            "This portal holds Indonesia's national e-government (SPBE) architecture: agency applications, national platforms, DPI building blocks and reference architectures.",
          searchPlaceholder: 'Search applications, services or platforms',
          shortcutsTitle: 'Shortcuts by role',
          'roles.pengembang.title': 'Developer',
          'roles.pengembang.description':
            'Check whether the application, platform or DPI building block you need already exists.',
          'roles.arsitek.title': 'Architect',
          'roles.arsitek.description':
            'Map applications to the reference architecture and find shared applications.',
          'roles.koordinator.title': 'Coordinator',
          'roles.koordinator.description':
            'Review applications by agency and coordinating ministry.',
          'roles.pimpinan.title': 'Leadership',
          'roles.pimpinan.description':
            'See the national platforms and shared applications that must be reused.',
          'links.applications': 'Application catalog',
          'links.nationalPlatforms': 'National platforms',
          'links.dpiBlocks': 'DPI building blocks',
          'links.referenceArchitecture': 'Reference architecture',
          'links.sharedApplications': 'Shared applications',
          'links.agencies': 'Agencies',
          'pages.reuseFinder': 'Find services',
          'pages.proposals': 'Proposals',
          'pages.dashboard': 'Duplication dashboard',
          'pages.audit': 'Coordinator audit',
        },
      }),
    }),
  },
});
