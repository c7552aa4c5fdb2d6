import { techdocsTranslationRef } from '@backstage/plugin-techdocs/alpha';
import { createTranslationMessages } from '@backstage/frontend-plugin-api';

/** Indonesian messages of @backstage/plugin-techdocs (docs index table, reader page, build states). */
export default createTranslationMessages({
  ref: techdocsTranslationRef,
  full: true,
  messages: {
    'search.placeholder': 'Cari di dokumentasi {{entityTitle}}',
    'search.noResults': 'Tidak ada hasil',
    'error.couldNotLoad': 'Gagal memuat dokumentasi yang tersedia.',
    'nav.title': 'Dokumentasi',
    'table.columns.type': 'Tipe',
    'table.columns.document': 'Dokumen',
    'table.columns.kind': 'Jenis',
    'table.columns.owner': 'Pemilik',
    'table.body.emptyDataSourceMessage': 'Tidak ada data untuk ditampilkan',
    'table.header.actions': 'Tindakan',
    'table.title.all': 'Semua',
    'table.toolbar.searchPlaceholder': 'Saring',
    'table.actions.addToFavorites': 'Tambahkan ke favorit',
    'table.actions.removeFromFavorites': 'Hapus dari favorit',
    'table.actions.copyDocsUrl': 'Klik untuk menyalin tautan dokumentasi',
    'table.pagination.labelRowsSelect': 'baris',
    'table.emptyState.title': 'Belum ada dokumen untuk ditampilkan',
    'table.emptyState.description':
      'Buat dokumen Anda sendiri. Lihat informasi Memulai kami.',
    'table.emptyState.docsButton': 'DOKUMENTASI',
    'home.supportButton': 'Temukan dokumentasi di ekosistem Anda.',
    'aboutCard.viewTechdocs': 'Lihat TechDocs',
    'notFound.title': 'Dokumentasi tidak ditemukan',
    'notFound.builderNote':
      "Konfigurasi techdocs.builder tidak bernilai 'local', sehingga aplikasi Backstage ini tidak akan membangun dokumentasi yang belum ada. Pastikan dokumentasi proyek dibangun dan diterbitkan oleh proses lain (misalnya pipeline CI/CD), atau ubah techdocs.builder menjadi 'local' agar dokumentasi dibangun oleh instans Backstage ini.",
    'buildLogs.title': 'Detail pembangunan',
    'buildLogs.closeDrawer': 'Tutup panel',
    'buildLogs.showBuildLogs': 'Tampilkan log pembangunan',
    'buildLogs.waitingForLogs': 'Menunggu log...',
    'stateIndicator.initialBuild.message':
      'Dokumentasi ini baru pertama kali dibuka dan sedang disiapkan. Pemuatan berikutnya akan jauh lebih cepat.',
    'stateIndicator.contentStaleRefreshing.message':
      'Versi dokumentasi yang lebih baru sedang disiapkan dan akan segera tersedia.',
    'stateIndicator.contentStaleReady.message':
      'Versi dokumentasi yang lebih baru sudah tersedia. Muat ulang untuk melihatnya.',
    'stateIndicator.contentStaleReady.refreshButton': 'Muat ulang',
    'stateIndicator.contentStaleError.message':
      'Gagal membangun versi dokumentasi yang lebih baru.',
    'redirectNotification.redirectNow': 'Alihkan sekarang',
    'readerPageHeader.source': 'Sumber',
    'readerPageHeader.owner': 'Pemilik',
    'readerPageHeader.lifecycle': 'Siklus hidup',
    'pageWrapper.title': 'Dokumentasi',
    'pageWrapper.subtitle': 'Dokumentasi yang tersedia di {{orgName}}',
    'entityContent.title': 'TechDocs',
    'reader.settings': 'Pengaturan',
  },
});
