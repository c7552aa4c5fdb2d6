import { catalogGraphTranslationRef } from '@backstage/plugin-catalog-graph';
import { createTranslationMessages } from '@backstage/frontend-plugin-api';

/** Indonesian messages of @backstage/plugin-catalog-graph (Relasi card and the catalog graph page). */
export default createTranslationMessages({
  ref: catalogGraphTranslationRef,
  full: true,
  messages: {
    'catalogGraphCard.title': 'Relasi',
    'catalogGraphCard.deepLinkTitle': 'Lihat graf',
    'catalogGraphPage.title': 'Graf katalog',
    'catalogGraphPage.filterToggleButtonTitle': 'Saringan',
    'catalogGraphPage.supportButtonDescription':
      'Mulai lacak komponen Anda dengan menambahkannya ke katalog perangkat lunak.',
    'catalogGraphPage.simplifiedSwitchLabel': 'Sederhanakan',
    'catalogGraphPage.mergeRelationsSwitchLabel': 'Gabungkan relasi',
    'catalogGraphPage.zoomOutDescription':
      'Cubit dan perbesar untuk menjelajahi diagram. Klik untuk mengganti simpul aktif, Shift+klik untuk membuka entitas.',
    'catalogGraphPage.curveFilter.title': 'Kurva',
    'catalogGraphPage.curveFilter.curveStepBefore': 'Bertangga',
    'catalogGraphPage.curveFilter.curveMonotoneX': 'Monoton X',
    'catalogGraphPage.directionFilter.title': 'Arah',
    'catalogGraphPage.directionFilter.leftToRight': 'Kiri ke kanan',
    'catalogGraphPage.directionFilter.rightToLeft': 'Kanan ke kiri',
    'catalogGraphPage.directionFilter.topToBottom': 'Atas ke bawah',
    'catalogGraphPage.directionFilter.bottomToTop': 'Bawah ke atas',
    'catalogGraphPage.maxDepthFilter.title': 'Kedalaman maksimum',
    'catalogGraphPage.maxDepthFilter.inputPlaceholder': '∞ Tak terbatas',
    'catalogGraphPage.maxDepthFilter.clearButtonAriaLabel':
      'hapus kedalaman maksimum',
    'catalogGraphPage.selectedKindsFilter.title': 'Jenis',
    'catalogGraphPage.selectedRelationsFilter.title': 'Relasi',
  },
});
