import { searchReactTranslationRef } from '@backstage/plugin-search-react';
import { createTranslationMessages } from '@backstage/frontend-plugin-api';

/** Indonesian messages of @backstage/plugin-search-react (search bar, result filters, pagination). */
export default createTranslationMessages({
  ref: searchReactTranslationRef,
  full: true,
  messages: {
    'searchBar.title': 'Cari',
    'searchBar.placeholder': 'Cari di {{org}}',
    'searchBar.clearButtonTitle': 'Hapus',
    'searchFilter.allOptionTitle': 'Semua',
    'searchPagination.limitLabel': 'Hasil per halaman:',
    'searchPagination.limitText': 'dari {{num}}',
    noResultsDescription: 'Maaf, tidak ada hasil yang ditemukan',
    'searchResultGroup.linkTitle': 'Lihat semua',
    'searchResultGroup.addFilterButtonTitle': 'Tambah saringan',
    'searchResultPager.next': 'Berikutnya',
    'searchResultPager.previous': 'Sebelumnya',
  },
});
