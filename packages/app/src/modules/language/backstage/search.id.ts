import { searchTranslationRef } from '@backstage/plugin-search';
import { createTranslationMessages } from '@backstage/frontend-plugin-api';

/** Indonesian messages of @backstage/plugin-search (search modal, search page result types). */
export default createTranslationMessages({
  ref: searchTranslationRef,
  full: true,
  messages: {
    'searchModal.viewFullResults': 'Lihat semua hasil',
    'searchType.tabs.allTitle': 'Semua',
    'searchType.allResults': 'Semua hasil',
    'searchType.accordion.collapse': 'Ciutkan',
    'searchType.accordion.numberOfResults': '{{number}} hasil',
    'searchType.accordion.allTitle': 'Semua',
    'sidebarSearchModal.title': 'Cari',
  },
});
