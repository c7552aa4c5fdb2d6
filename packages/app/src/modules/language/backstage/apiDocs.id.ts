import { apiDocsTranslationRef } from '@backstage/plugin-api-docs';
import { createTranslationMessages } from '@backstage/frontend-plugin-api';

/** Indonesian messages of @backstage/plugin-api-docs (API explorer, API definition and API relation cards). */
export default createTranslationMessages({
  ref: apiDocsTranslationRef,
  full: true,
  messages: {
    'apiDefinitionCard.error.title': 'Gagal mengambil API',
    'apiDefinitionCard.rawButtonTitle': 'Mentah',
    'apiDefinitionDialog.closeButtonTitle': 'Tutup',
    'apiDefinitionDialog.tabsAriaLabel': 'Pilihan definisi API',
    'apiDefinitionDialog.rawButtonTitle': 'Mentah',
    'apiDefinitionDialog.toggleButtonAriaLabel':
      'Buka atau tutup dialog definisi API',
    'defaultApiExplorerPage.title': 'API',
    'defaultApiExplorerPage.subtitle': 'Penjelajah API {{orgName}}',
    'defaultApiExplorerPage.pageTitleOverride': 'API',
    'defaultApiExplorerPage.createButtonTitle': 'Daftarkan API yang sudah ada',
    'defaultApiExplorerPage.supportButtonTitle': 'Semua API Anda',
    'consumedApisCard.error.title': 'Gagal memuat API',
    'consumedApisCard.title': 'API yang dipakai',
    'consumedApisCard.emptyContent.title':
      'Tidak ada API yang dipakai oleh {{entity}} ini.',
    'hasApisCard.error.title': 'Gagal memuat API',
    'hasApisCard.title': 'API',
    'hasApisCard.emptyContent.title':
      'Tidak ada API yang menjadi bagian dari {{entity}} ini.',
    'providedApisCard.error.title': 'Gagal memuat API',
    'providedApisCard.title': 'API yang disediakan',
    'providedApisCard.emptyContent.title':
      'Tidak ada API yang disediakan oleh {{entity}} ini.',
    'apiEntityColumns.typeTitle': 'Tipe',
    'apiEntityColumns.apiDefinitionTitle': 'Definisi API',
    'consumingComponentsCard.error.title': 'Gagal memuat komponen',
    'consumingComponentsCard.title': 'Pemakai',
    'consumingComponentsCard.emptyContent.title':
      'Tidak ada komponen yang memakai API ini.',
    'providingComponentsCard.error.title': 'Gagal memuat komponen',
    'providingComponentsCard.title': 'Penyedia',
    'providingComponentsCard.emptyContent.title':
      'Tidak ada komponen yang menyediakan API ini.',
    apisCardHelpLinkTitle: 'Pelajari cara mengubahnya.',
  },
});
