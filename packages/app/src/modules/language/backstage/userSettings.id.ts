import { userSettingsTranslationRef } from '@backstage/plugin-user-settings';
import { createTranslationMessages } from '@backstage/frontend-plugin-api';

/** Indonesian messages of @backstage/plugin-user-settings (settings page: profile, appearance, language, providers, feature flags). */
export default createTranslationMessages({
  ref: userSettingsTranslationRef,
  full: true,
  messages: {
    'featureFlags.title': 'Penanda fitur',
    'featureFlags.description':
      'Muat ulang halaman setelah mengubah penanda fitur',
    'featureFlags.filterTitle': 'Saring',
    'featureFlags.clearFilter': 'Hapus saringan',
    'featureFlags.emptyFlags.title': 'Tidak ada penanda fitur',
    'featureFlags.emptyFlags.action.title':
      'Contoh cara menambahkan penanda fitur disorot di bawah ini:',
    'featureFlags.emptyFlags.action.readMoreButtonTitle': 'Baca selengkapnya',
    'featureFlags.emptyFlags.description':
      'Dengan penanda fitur, plugin dapat mendaftarkan fitur di Backstage yang bisa diaktifkan sendiri oleh pengguna. Anda dapat memakainya untuk memisahkan logika dalam kode, misalnya untuk uji A/B manual.',
    'featureFlags.flagItem.title.disable': 'Nonaktifkan',
    'featureFlags.flagItem.title.enable': 'Aktifkan',
    'featureFlags.flagItem.subtitle.registeredInApplication':
      'Didaftarkan di aplikasi',
    'featureFlags.flagItem.subtitle.registeredInPlugin':
      'Didaftarkan di plugin {{pluginId}}',
    'languageToggle.select': 'Pilih bahasa {{language}}',
    'languageToggle.title': 'Bahasa',
    'languageToggle.description': 'Ubah bahasa',
    'themeToggle.select': 'Pilih {{theme}}',
    'themeToggle.title': 'Tema',
    'themeToggle.description': 'Ubah mode tema',
    'themeToggle.names.auto': 'Otomatis',
    'themeToggle.names.dark': 'Gelap',
    'themeToggle.names.light': 'Terang',
    'themeToggle.selectAuto': 'Pilih tema otomatis',
    'signOutMenu.title': 'Keluar',
    'signOutMenu.moreIconTitle': 'lainnya',
    'pinToggle.title': 'Sematkan bilah samping',
    'pinToggle.description': 'Jaga agar bilah samping tidak menutup',
    'pinToggle.ariaLabelTitle': 'Sakelar sematkan bilah samping',
    'pinToggle.switchTitles.unpin': 'Lepas sematan bilah samping',
    'pinToggle.switchTitles.pin': 'Sematkan bilah samping',
    'identityCard.title': 'Identitas Backstage',
    'identityCard.noIdentityTitle': 'Tidak ada identitas Backstage',
    'identityCard.userEntity': 'Entitas pengguna',
    'identityCard.ownershipEntities': 'Entitas kepemilikan',
    'defaultProviderSettings.description':
      'Menyediakan autentikasi ke API dan identitas {{provider}}',
    'emptyProviders.title': 'Tidak ada penyedia autentikasi',
    'emptyProviders.action.title':
      'Buka app-config.yaml dan lakukan perubahan seperti yang disorot di bawah ini:',
    'emptyProviders.action.readMoreButtonTitle': 'Baca selengkapnya',
    'emptyProviders.description':
      'Anda dapat menambahkan penyedia autentikasi ke Backstage agar bisa masuk melalui penyedia tersebut.',
    'providerSettingsItem.title.signOut': 'Keluar dari {{title}}',
    'providerSettingsItem.title.signIn': 'Masuk ke {{title}}',
    'providerSettingsItem.buttonTitle.signOut': 'Keluar',
    'providerSettingsItem.buttonTitle.signIn': 'Masuk',
    'authProviders.title': 'Penyedia yang tersedia',
    'defaultSettingsPage.tabsTitle.featureFlags': 'Penanda fitur',
    'defaultSettingsPage.tabsTitle.authProviders': 'Penyedia autentikasi',
    'defaultSettingsPage.tabsTitle.general': 'Umum',
    'settingsLayout.title': 'Pengaturan',
    sidebarTitle: 'Pengaturan',
    'profileCard.title': 'Profil',
    'appearanceCard.title': 'Tampilan',
  },
});
