import { catalogReactTranslationRef } from '@backstage/plugin-catalog-react';
import { createTranslationMessages } from '@backstage/frontend-plugin-api';

/** Indonesian messages of @backstage/plugin-catalog-react (catalog pickers, entity tables and dialogs). */
export default createTranslationMessages({
  ref: catalogReactTranslationRef,
  full: true,
  messages: {
    'catalogFilter.title': 'Saringan',
    'catalogFilter.buttonTitle': 'Saringan',
    'entityKindPicker.title': 'Jenis',
    'entityKindPicker.errorMessage': 'Gagal memuat jenis entitas',
    'entityLifecyclePicker.title': 'Siklus hidup',
    'entityNamespacePicker.title': 'Namespace',
    'entityOwnerPicker.title': 'Pemilik',
    'entityProcessingStatusPicker.title': 'Status pemrosesan',
    'entityTagPicker.title': 'Tag',
    'entityPeekAheadPopover.title':
      'Buka entitas ini untuk melihat semua tagnya.',
    'entityPeekAheadPopover.emailCardAction.title': 'Kirim surel ke {{email}}',
    'entityPeekAheadPopover.emailCardAction.subTitle': 'mailto {{email}}',
    'entityPeekAheadPopover.emailCardAction.ariaLabel': 'Surel',
    'entityPeekAheadPopover.entityCardActionsAriaLabel': 'Tampilkan',
    'entityPeekAheadPopover.entityCardActionsTitle': 'Tampilkan detail',
    'entitySearchBar.placeholder': 'Cari',
    'entityTypePicker.title': 'Tipe',
    'entityTypePicker.errorMessage': 'Gagal memuat tipe entitas',
    'entityTypePicker.optionAllTitle': 'semua',
    'favoriteEntity.addToFavorites': 'Tambahkan ke favorit',
    'favoriteEntity.removeFromFavorites': 'Hapus dari favorit',
    'inspectEntityDialog.title': 'Pemeriksa entitas',
    'inspectEntityDialog.closeButtonTitle': 'Tutup',
    'inspectEntityDialog.ancestryPage.title': 'Asal-usul',
    'inspectEntityDialog.ancestryPage.description':
      'Ini adalah asal-usul entitas ini: rantai entitas di atasnya, tempat {{processorsLink}} entitas turunan yang akhirnya menghasilkan entitas ini. Mekanisme ini sama sekali berbeda dari relasi.',
    'inspectEntityDialog.ancestryPage.processorsLink': 'prosesor mengeluarkan',
    'inspectEntityDialog.colocatedPage.title': 'Satu lokasi',
    'inspectEntityDialog.colocatedPage.description':
      'Ini adalah entitas yang berasal dari sumber data yang sama dengan entitas ini (misalnya dari berkas YAML yang sama), atau dari asal yang sama (misalnya URL yang semula didaftarkan).',
    'inspectEntityDialog.colocatedPage.alertNoLocation':
      'Entitas ini tidak memiliki informasi lokasi.',
    'inspectEntityDialog.colocatedPage.alertNoEntity':
      'Tidak ada entitas lain di lokasi ini.',
    'inspectEntityDialog.colocatedPage.locationHeader': 'Di lokasi yang sama',
    'inspectEntityDialog.colocatedPage.originHeader': 'Dari asal yang sama',
    'inspectEntityDialog.colocatedPage.entityListAriaLabel':
      'Entitas satu lokasi',
    'inspectEntityDialog.jsonPage.title': 'Entitas sebagai JSON',
    'inspectEntityDialog.jsonPage.description':
      'Ini adalah data mentah entitas sebagaimana diterima dari katalog, dalam bentuk JSON.',
    'inspectEntityDialog.overviewPage.title': 'Ringkasan',
    'inspectEntityDialog.overviewPage.relation.title': 'Relasi',
    'inspectEntityDialog.overviewPage.status.title': 'Status',
    'inspectEntityDialog.overviewPage.identity.title': 'Identitas',
    'inspectEntityDialog.overviewPage.metadata.title': 'Metadata',
    'inspectEntityDialog.overviewPage.annotations': 'Anotasi',
    'inspectEntityDialog.overviewPage.labels': 'Label',
    'inspectEntityDialog.overviewPage.tags': 'Tag',
    'inspectEntityDialog.overviewPage.copyAriaLabel': 'Salin {{label}}',
    'inspectEntityDialog.overviewPage.copiedStatus': 'Tersalin',
    'inspectEntityDialog.overviewPage.helpLinkAriaLabel':
      'Pelajari lebih lanjut',
    'inspectEntityDialog.yamlPage.title': 'Entitas sebagai YAML',
    'inspectEntityDialog.yamlPage.description':
      'Ini adalah data mentah entitas sebagaimana diterima dari katalog, dalam bentuk YAML.',
    'inspectEntityDialog.tabNames.overview': 'Ringkasan',
    'inspectEntityDialog.tabNames.ancestry': 'Asal-usul',
    'inspectEntityDialog.tabNames.colocated': 'Satu lokasi',
    'inspectEntityDialog.tabNames.json': 'JSON mentah',
    'inspectEntityDialog.tabNames.yaml': 'YAML mentah',
    'inspectEntityDialog.tabsAriaLabel': 'Pilihan pemeriksa',
    'unregisterEntityDialog.title':
      'Yakin ingin membatalkan pendaftaran entitas ini?',
    'unregisterEntityDialog.cancelButtonTitle': 'Batal',
    'unregisterEntityDialog.deleteButtonTitle': 'Hapus entitas',
    'unregisterEntityDialog.deleteEntitySuccessMessage':
      'Entitas {{entityName}} dihapus',
    'unregisterEntityDialog.bootstrapState.title':
      'Pendaftaran entitas ini tidak dapat dibatalkan karena berasal dari konfigurasi Backstage yang dilindungi (lokasi "{{location}}"). Jika menurut Anda ini keliru, hubungi pengelola integrasi {{appTitle}}.',
    'unregisterEntityDialog.bootstrapState.advancedDescription':
      'Anda dapat menghapus entitas itu sendiri dari katalog. Lakukan ini hanya jika Anda tahu berkas katalognya sudah dihapus atau dipindahkan dari lokasi asalnya. Jika tidak, entitas akan muncul kembali pada putaran pembaruan katalog berikutnya.',
    'unregisterEntityDialog.bootstrapState.advancedOptions': 'Opsi lanjutan',
    'unregisterEntityDialog.onlyDeleteStateTitle':
      'Entitas ini tampaknya tidak berasal dari lokasi yang terdaftar. Karena itu Anda hanya dapat menghapusnya langsung dari katalog.',
    'unregisterEntityDialog.unregisterState.title':
      'Tindakan ini akan membatalkan pendaftaran entitas berikut:',
    'unregisterEntityDialog.unregisterState.subTitle':
      'Terletak di lokasi berikut:',
    'unregisterEntityDialog.unregisterState.description':
      'Untuk membatalkannya, cukup daftarkan kembali entitas di {{appTitle}}.',
    'unregisterEntityDialog.unregisterState.unregisterButtonTitle':
      'Batalkan pendaftaran lokasi',
    'unregisterEntityDialog.unregisterState.advancedOptions': 'Opsi lanjutan',
    'unregisterEntityDialog.unregisterState.advancedDescription':
      'Anda juga dapat menghapus entitas itu sendiri dari katalog. Lakukan ini hanya jika Anda tahu berkas katalognya sudah dihapus atau dipindahkan dari lokasi asalnya. Jika tidak, entitas akan muncul kembali pada putaran pembaruan katalog berikutnya.',
    'unregisterEntityDialog.errorStateTitle':
      'Kesalahan internal: keadaan tidak dikenal',
    'userListPicker.defaultOrgName': 'Organisasi',
    'userListPicker.personalFilter.title': 'Pribadi',
    'userListPicker.personalFilter.ownedLabel': 'Milik saya',
    'userListPicker.personalFilter.starredLabel': 'Berbintang',
    'userListPicker.orgFilterAllLabel': 'Semua',
    'entityTableColumnTitle.name': 'Nama',
    'entityTableColumnTitle.system': 'Sistem',
    'entityTableColumnTitle.owner': 'Pemilik',
    'entityTableColumnTitle.type': 'Tipe',
    'entityTableColumnTitle.lifecycle': 'Siklus hidup',
    'entityTableColumnTitle.namespace': 'Namespace',
    'entityTableColumnTitle.description': 'Deskripsi',
    'entityTableColumnTitle.tags': 'Tag',
    'entityTableColumnTitle.targets': 'Target',
    'entityTableColumnTitle.title': 'Judul',
    'entityTableColumnTitle.label': 'Label',
    'entityTableColumnTitle.domain': 'Domain',
    'entityRelationCard.emptyHelpLinkTitle': 'Pelajari cara mengubahnya.',
    'missingAnnotationEmptyState.title': 'Anotasi belum ada',
    'missingAnnotationEmptyState.readMore': 'Baca selengkapnya',
    'missingAnnotationEmptyState.annotationYaml':
      'Tambahkan anotasi ke YAML {{entityKind}} Anda seperti pada contoh yang disorot di bawah ini:',
    // Indonesian has a single plural form: i18next reads `_other` for every count.
    'missingAnnotationEmptyState.generateDescription_one':
      'Anotasi {{annotations}} belum ada. Tambahkan anotasi ini ke {{entityKind}} Anda untuk mengaktifkan alat ini.',
    'missingAnnotationEmptyState.generateDescription_other':
      'Anotasi {{annotations}} belum ada. Tambahkan anotasi ini ke {{entityKind}} Anda untuk mengaktifkan alat ini.',
  },
});
