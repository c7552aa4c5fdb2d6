import { homeTranslationRef } from '@backstage/plugin-home';
import { createTranslationMessages } from '@backstage/frontend-plugin-api';

/** Indonesian messages of @backstage/plugin-home (customisable home page and its widgets). */
export default createTranslationMessages({
  ref: homeTranslationRef,
  full: true,
  messages: {
    'starredEntities.noStarredEntitiesMessage':
      'Klik bintang di samping nama entitas untuk menambahkannya ke daftar ini!',
    'addWidgetDialog.title': 'Tambahkan widget baru ke dasbor',
    'addWidgetDialog.noAvailableWidgets':
      'Semua widget yang tersedia sudah ditambahkan ke dasbor.',
    'customHomepageButtons.cancel': 'Batal',
    'customHomepageButtons.clearAll': 'Hapus semua',
    'customHomepageButtons.edit': 'Ubah',
    'customHomepageButtons.restoreDefaults': 'Kembalikan ke bawaan',
    'customHomepageButtons.addWidget': 'Tambah widget',
    'customHomepageButtons.save': 'Simpan',
    'customHomepage.noWidgets':
      "Belum ada widget. Mulailah dengan mengeklik tombol 'Tambah widget'.",
    'widgetSettingsOverlay.cancelButtonTitle': 'Batal',
    'widgetSettingsOverlay.editSettingsTooltip': 'Ubah pengaturan',
    'widgetSettingsOverlay.editSettingsTooptip': 'Ubah pengaturan',
    'widgetSettingsOverlay.deleteWidgetTooltip': 'Hapus widget',
    'widgetSettingsOverlay.submitButtonTitle': 'Kirim',
    'starredEntityListItem.removeFavoriteEntityTitle':
      'Hapus entitas dari favorit',
    'visitList.disabled.title': 'Pelacakan kunjungan tidak diaktifkan.',
    'visitList.disabled.description':
      'Aktifkan pelacakan kunjungan di app-config.yaml untuk melihat halaman yang paling sering dan terakhir Anda kunjungi di sini.',
    'visitList.empty.title': 'Belum ada kunjungan untuk ditampilkan.',
    'visitList.empty.description':
      'Setelah Anda mulai memakai portal ini, kunjungan Anda akan muncul di sini sebagai tautan cepat untuk melanjutkan pekerjaan.',
    'visitList.few.title':
      'Makin banyak halaman yang Anda kunjungi, makin banyak yang muncul di sini.',
    'quickStart.title': 'Orientasi',
    'quickStart.description': 'Mulai memakai Backstage',
    'quickStart.learnMoreLinkTitle': 'Pelajari lebih lanjut',
    'visitedByType.action.viewMore': 'Lihat lebih banyak',
    'visitedByType.action.viewLess': 'Lihat lebih sedikit',
    'featuredDocsCard.empty.title': 'Belum ada dokumen untuk ditampilkan',
    'featuredDocsCard.empty.description':
      'Buat dokumen Anda sendiri. Lihat informasi Memulai kami.',
    'featuredDocsCard.empty.learnMoreLinkTitle': 'DOKUMENTASI',
    'featuredDocsCard.learnMoreTitle': 'PELAJARI LEBIH LANJUT',
  },
});
