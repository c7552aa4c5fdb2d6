import { coreComponentsTranslationRef } from '@backstage/core-components';
import { createTranslationMessages } from '@backstage/frontend-plugin-api';

/** Indonesian messages of @backstage/core-components (tables, error pages, sign-in, stepper...). */
export default createTranslationMessages({
  ref: coreComponentsTranslationRef,
  full: true,
  messages: {
    'table.filter.title': 'Saringan',
    'table.filter.placeholder': 'Semua hasil',
    'table.filter.clearAll': 'Hapus semua',
    'table.body.emptyDataSourceMessage': 'Tidak ada data untuk ditampilkan',
    'table.header.actions': 'Tindakan',
    'table.toolbar.search': 'Saring',
    'table.pagination.labelDisplayedRows': '{from}-{to} dari {count}',
    'table.pagination.firstTooltip': 'Halaman pertama',
    'table.pagination.labelRowsSelect': 'baris',
    'table.pagination.lastTooltip': 'Halaman terakhir',
    'table.pagination.nextTooltip': 'Halaman berikutnya',
    'table.pagination.previousTooltip': 'Halaman sebelumnya',
    'emptyState.missingAnnotation.title': 'Anotasi belum ada',
    'emptyState.missingAnnotation.actionTitle':
      'Tambahkan anotasi ke YAML komponen Anda seperti pada contoh yang disorot di bawah ini:',
    'emptyState.missingAnnotation.readMore': 'Baca selengkapnya',
    'signIn.title': 'Masuk',
    'signIn.loginFailed': 'Gagal masuk',
    'signIn.customProvider.title': 'Pengguna khusus',
    'signIn.customProvider.continue': 'Lanjutkan',
    'signIn.customProvider.subtitle':
      'Masukkan ID pengguna dan kredensial Anda sendiri.\n Pilihan ini tidak akan disimpan.',
    'signIn.customProvider.userId': 'ID pengguna',
    'signIn.customProvider.tokenInvalid':
      'Token ini bukan token JWT OpenID Connect yang sah',
    'signIn.customProvider.idToken': 'Token ID (opsional)',
    'signIn.guestProvider.title': 'Tamu',
    'signIn.guestProvider.enter': 'Masuk',
    'signIn.guestProvider.subtitle':
      'Masuk sebagai tamu.\n Identitas Anda tidak terverifikasi, sehingga sebagian fitur mungkin tidak tersedia.',
    skipToContent: 'Langsung ke konten',
    'copyTextButton.tooltipText': 'Teks disalin ke papan klip',
    'simpleStepper.finish': 'Selesai',
    'simpleStepper.reset': 'Ulangi',
    'simpleStepper.next': 'Berikutnya',
    'simpleStepper.skip': 'Lewati',
    'simpleStepper.back': 'Kembali',
    'errorPage.title': 'Maaf, terjadi kesalahan.',
    'errorPage.subtitle': 'KESALAHAN {{status}}: {{statusMessage}}',
    'errorPage.goBack': 'Kembali',
    'errorPage.showMoreDetails': 'Tampilkan detail',
    'errorPage.showLessDetails': 'Sembunyikan detail',
    'supportConfig.default.title': 'Layanan bantuan belum dikonfigurasi',
    'supportConfig.default.linkTitle':
      'Tambahkan kunci konfigurasi `app.support`',
    'errorBoundary.title': 'Silakan hubungi {{slackChannel}} untuk bantuan.',
    'oauthRequestDialog.message':
      'Masuk untuk mengizinkan {{appTitle}} mengakses API dan identitas {{provider}}.',
    'oauthRequestDialog.title': 'Perlu masuk',
    'oauthRequestDialog.authRedirectTitle':
      'Anda akan dialihkan ke halaman masuk OAuth.',
    'oauthRequestDialog.login': 'Masuk',
    'oauthRequestDialog.rejectAll': 'Tolak semua',
    'supportButton.title': 'Bantuan',
    'supportButton.close': 'Tutup',
    // Indonesian has a single plural form: i18next reads `_other` for every count.
    'alertDisplay.message_one': '({{ count }} pesan lebih baru)',
    'alertDisplay.message_other': '({{ count }} pesan lebih baru)',
    'autoLogout.stillTherePrompt.title':
      'Anda akan dikeluarkan karena tidak ada aktivitas',
    'autoLogout.stillTherePrompt.buttonText': 'Ya! Jangan keluarkan saya',
    'dependencyGraph.fullscreenTooltip': 'Layar penuh',
    'proxiedSignInPage.title':
      'Anda tampaknya belum masuk. Silakan muat ulang halaman.',
    'logViewer.searchField.placeholder': 'Cari',
    'logViewer.downloadBtn.tooltip': 'Unduh log',
    'logViewer.copyBtn.tooltip': 'Salin log ke papan klip',
  },
});
