import { scaffolderTranslationRef } from '@backstage/plugin-scaffolder';
import { createTranslationMessages } from '@backstage/frontend-plugin-api';

/**
 * Indonesian messages of @backstage/plugin-scaffolder: template list and
 * wizard, form fields, task pages, and the template editor.
 */
export default createTranslationMessages({
  ref: scaffolderTranslationRef,
  full: true,
  messages: {
    'fields.entityNamePicker.title': 'Nama',
    'fields.entityNamePicker.description': 'Nama unik komponen',
    'fields.entityPicker.title': 'Entitas',
    'fields.entityPicker.description': 'Entitas dari katalog',
    'fields.entityTagsPicker.title': 'Tag',
    'fields.entityTagsPicker.description':
      "Tambahkan tag yang relevan, tekan 'Enter' untuk menambah tag baru. Format yang sah: [a-z0-9+#] dipisahkan dengan [-], paling banyak 63 karakter",
    'fields.multiEntityPicker.title': 'Entitas',
    'fields.multiEntityPicker.description': 'Entitas dari katalog',
    'fields.myGroupsPicker.title': 'Entitas',
    'fields.myGroupsPicker.description': 'Entitas dari katalog',
    'fields.ownedEntityPicker.title': 'Entitas',
    'fields.ownedEntityPicker.description': 'Entitas dari katalog',
    'fields.ownerPicker.title': 'Pemilik',
    'fields.ownerPicker.description': 'Pemilik komponen',
    'fields.azureRepoPicker.organization.title': 'Organisasi',
    'fields.azureRepoPicker.organization.description':
      'Organisasi tempat repositori ini berada',
    'fields.azureRepoPicker.project.title': 'Proyek',
    'fields.azureRepoPicker.project.description':
      'Proyek tempat repositori ini berada',
    'fields.bitbucketRepoPicker.project.title': 'Proyek yang diizinkan',
    'fields.bitbucketRepoPicker.project.description':
      'Proyek tempat repositori ini berada',
    'fields.bitbucketRepoPicker.project.inputTitle': 'Proyek',
    'fields.bitbucketRepoPicker.workspaces.title': 'Workspace yang diizinkan',
    'fields.bitbucketRepoPicker.workspaces.description':
      'Workspace tempat repositori ini berada',
    'fields.bitbucketRepoPicker.workspaces.inputTitle': 'Workspace',
    'fields.gerritRepoPicker.parent.title': 'Induk',
    'fields.gerritRepoPicker.parent.description':
      'Proyek induk tempat repositori ini berada',
    'fields.gerritRepoPicker.owner.title': 'Pemilik',
    'fields.gerritRepoPicker.owner.description': 'Pemilik proyek (opsional)',
    'fields.giteaRepoPicker.owner.title': 'Pemilik yang tersedia',
    'fields.giteaRepoPicker.owner.description':
      'Namespace Gitea tempat repositori ini berada: nama organisasi, grup, subgrup, pengguna, atau proyek.',
    'fields.giteaRepoPicker.owner.inputTitle': 'Pemilik',
    'fields.githubRepoPicker.owner.title': 'Pemilik yang tersedia',
    'fields.githubRepoPicker.owner.description':
      'Organisasi, pengguna, atau proyek tempat repositori ini berada',
    'fields.githubRepoPicker.owner.inputTitle': 'Pemilik',
    'fields.gitlabRepoPicker.owner.title': 'Pemilik yang tersedia',
    'fields.gitlabRepoPicker.owner.description':
      'Namespace GitLab tempat repositori ini berada: nama organisasi, grup, subgrup, pengguna, atau proyek.',
    'fields.gitlabRepoPicker.owner.inputTitle': 'Pemilik',
    'fields.repoUrlPicker.host.title': 'Host',
    'fields.repoUrlPicker.host.description':
      'Host tempat repositori akan dibuat',
    'fields.repoUrlPicker.repository.title': 'Repositori yang tersedia',
    'fields.repoUrlPicker.repository.description': 'Nama repositori',
    'fields.repoUrlPicker.repository.inputTitle': 'Repositori',
    'fields.repoOwnerPicker.title': 'Pemilik',
    'fields.repoOwnerPicker.description': 'Pemilik repositori',
    'aboutCard.launchTemplate': 'Jalankan templat',
    'actionsPage.content.emptyState.title':
      'Tidak ada informasi untuk ditampilkan',
    'actionsPage.content.emptyState.description':
      'Belum ada aksi yang terpasang, atau terjadi masalah saat menghubungi backend.',
    'actionsPage.content.searchFieldPlaceholder': 'Cari aksi',
    'actionsPage.title': 'Aksi terpasang',
    'actionsPage.action.input': 'Masukan',
    'actionsPage.action.output': 'Keluaran',
    'actionsPage.action.examples': 'Contoh',
    'actionsPage.subtitle': 'Kumpulan semua aksi yang terpasang',
    'actionsPage.pageTitle': 'Buat komponen baru',
    'listTaskPage.content.emptyState.title':
      'Tidak ada informasi untuk ditampilkan',
    'listTaskPage.content.emptyState.description':
      'Belum ada tugas, atau terjadi masalah saat menghubungi backend.',
    'listTaskPage.content.tableCell.template': 'Templat',
    'listTaskPage.content.tableCell.status': 'Status',
    'listTaskPage.content.tableCell.owner': 'Pemilik',
    'listTaskPage.content.tableCell.created': 'Dibuat',
    'listTaskPage.content.tableCell.taskID': 'ID tugas',
    'listTaskPage.content.tableTitle': 'Tugas',
    'listTaskPage.title': 'Daftar tugas templat',
    'listTaskPage.subtitle': 'Semua tugas yang pernah dijalankan',
    'listTaskPage.pageTitle': 'Tugas templat',
    'ownerListPicker.title': 'Pemilik tugas',
    'ownerListPicker.options.all': 'Semua',
    'ownerListPicker.options.owned': 'Milik saya',
    'ongoingTask.title': 'Menjalankan',
    'ongoingTask.contextMenu.cancel': 'Batal',
    'ongoingTask.contextMenu.retry': 'Coba lagi',
    'ongoingTask.contextMenu.startOver': 'Mulai dari awal',
    'ongoingTask.contextMenu.moreOptions': 'Opsi lainnya',
    'ongoingTask.contextMenu.hideLogs': 'Sembunyikan log',
    'ongoingTask.contextMenu.showLogs': 'Tampilkan log',
    'ongoingTask.contextMenu.hideButtonBar': 'Sembunyikan bilah tombol',
    'ongoingTask.contextMenu.showButtonBar': 'Tampilkan bilah tombol',
    'ongoingTask.subtitle': 'Tugas {{taskId}}',
    'ongoingTask.pageTitle.hasTemplateName': 'Menjalankan {{templateName}}',
    'ongoingTask.pageTitle.noTemplateName': 'Menjalankan templat',
    'ongoingTask.cancelButtonTitle': 'Batal',
    'ongoingTask.retryButtonTitle': 'Coba lagi',
    'ongoingTask.startOverButtonTitle': 'Mulai dari awal',
    'ongoingTask.hideLogsButtonTitle': 'Sembunyikan log',
    'ongoingTask.showLogsButtonTitle': 'Tampilkan log',
    'templateEditorForm.stepper.emptyText':
      'Templat ini tidak memiliki parameter spec untuk dipratinjau.',
    'renderSchema.undefined': 'Skema belum didefinisikan',
    'renderSchema.tableCell.name': 'Nama',
    'renderSchema.tableCell.type': 'Tipe',
    'renderSchema.tableCell.value': 'Nilai',
    'renderSchema.tableCell.title': 'Judul',
    'renderSchema.tableCell.description': 'Deskripsi',
    'templatingExtensions.content.values.title': 'Nilai',
    'templatingExtensions.content.values.notAvailable':
      'Belum ada nilai templat global yang didefinisikan.',
    'templatingExtensions.content.emptyState.title':
      'Tidak ada informasi untuk ditampilkan',
    'templatingExtensions.content.emptyState.description':
      'Belum ada ekstensi templat, atau terjadi masalah saat menghubungi backend.',
    'templatingExtensions.content.filters.title': 'Filter',
    'templatingExtensions.content.filters.schema.input': 'Masukan',
    'templatingExtensions.content.filters.schema.output': 'Keluaran',
    'templatingExtensions.content.filters.schema.arguments': 'Argumen',
    'templatingExtensions.content.filters.examples': 'Contoh',
    'templatingExtensions.content.filters.notAvailable':
      'Belum ada filter templat yang didefinisikan.',
    'templatingExtensions.content.filters.metadataAbsent':
      'Metadata filter tidak tersedia',
    'templatingExtensions.content.functions.title': 'Fungsi',
    'templatingExtensions.content.functions.schema.output': 'Keluaran',
    'templatingExtensions.content.functions.schema.arguments': 'Argumen',
    'templatingExtensions.content.functions.examples': 'Contoh',
    'templatingExtensions.content.functions.notAvailable':
      'Belum ada fungsi templat global yang didefinisikan.',
    'templatingExtensions.content.functions.metadataAbsent':
      'Metadata fungsi tidak tersedia',
    'templatingExtensions.content.searchFieldPlaceholder': 'Cari ekstensi',
    'templatingExtensions.title': 'Ekstensi templat',
    'templatingExtensions.subtitle': 'Kumpulan ekstensi templat yang tersedia',
    'templatingExtensions.pageTitle': 'Ekstensi templat',
    'templateTypePicker.title': 'Kategori',
    'templateIntroPage.title': 'Kelola templat',
    'templateIntroPage.subtitle':
      'Ubah, pratinjau, dan coba templat, formulir, serta kolom khusus',
    'templateFormPage.title': 'Penyunting templat',
    'templateFormPage.subtitle': 'Ubah, pratinjau, dan coba formulir templat',
    'templateCustomFieldPage.title': 'Penjelajah kolom khusus',
    'templateCustomFieldPage.subtitle':
      'Ubah, pratinjau, dan coba kolom khusus',
    'templateEditorPage.title': 'Penyunting templat',
    'templateEditorPage.subtitle':
      'Ubah, pratinjau, dan coba templat serta formulir templat',
    'templateEditorPage.dryRunResults.title': 'Hasil uji coba',
    'templateEditorPage.dryRunResultsList.title': 'Hasil {{resultId}}',
    'templateEditorPage.dryRunResultsList.deleteButtonTitle': 'Hapus hasil',
    'templateEditorPage.dryRunResultsList.downloadButtonTitle':
      'Unduh sebagai .zip',
    'templateEditorPage.dryRunResultsView.tab.output': 'Keluaran',
    'templateEditorPage.dryRunResultsView.tab.log': 'Log',
    'templateEditorPage.dryRunResultsView.tab.files': 'Berkas',
    'templateEditorPage.taskStatusStepper.skippedStepTitle': 'Dilewati',
    'templateEditorPage.customFieldExplorer.preview.title': 'Spec templat',
    'templateEditorPage.customFieldExplorer.fieldForm.title': 'Opsi kolom',
    'templateEditorPage.customFieldExplorer.fieldForm.applyButtonTitle':
      'Terapkan',
    'templateEditorPage.customFieldExplorer.selectFieldLabel':
      'Pilih ekstensi kolom khusus',
    'templateEditorPage.customFieldExplorer.fieldPreview.title':
      'Pratinjau kolom',
    'templateEditorPage.templateEditorBrowser.closeConfirmMessage':
      'Yakin? Perubahan yang belum disimpan akan hilang',
    'templateEditorPage.templateEditorBrowser.saveIconTooltip':
      'Simpan semua berkas',
    'templateEditorPage.templateEditorBrowser.reloadIconTooltip':
      'Muat ulang direktori',
    'templateEditorPage.templateEditorBrowser.closeIconTooltip':
      'Tutup direktori',
    'templateEditorPage.templateEditorIntro.title':
      'Mulailah dengan memilih salah satu opsi di bawah ini',
    'templateEditorPage.templateEditorIntro.loadLocal.title':
      'Muat direktori templat',
    'templateEditorPage.templateEditorIntro.loadLocal.description':
      'Muat direktori templat lokal untuk mengubah dan mencoba menjalankan templat Anda sendiri.',
    'templateEditorPage.templateEditorIntro.loadLocal.unsupportedTooltip':
      'Hanya didukung di sebagian peramban berbasis Chromium, dengan halaman yang dimuat melalui HTTPS',
    'templateEditorPage.templateEditorIntro.createLocal.title':
      'Buat templat baru',
    'templateEditorPage.templateEditorIntro.createLocal.description':
      'Buat direktori templat lokal untuk mengubah dan mencoba menjalankan templat Anda sendiri.',
    'templateEditorPage.templateEditorIntro.createLocal.unsupportedTooltip':
      'Hanya didukung di sebagian peramban berbasis Chromium, dengan halaman yang dimuat melalui HTTPS',
    'templateEditorPage.templateEditorIntro.formEditor.title':
      'Ruang coba formulir templat',
    'templateEditorPage.templateEditorIntro.formEditor.description':
      'Pratinjau dan ubah formulir templat, memakai templat contoh atau templat yang dimuat dari katalog.',
    'templateEditorPage.templateEditorIntro.fieldExplorer.title':
      'Penjelajah kolom khusus',
    'templateEditorPage.templateEditorIntro.fieldExplorer.description':
      'Lihat dan coba ekstensi kolom khusus yang terpasang.',
    'templateEditorPage.templateEditorTextArea.saveIconTooltip':
      'Simpan berkas',
    'templateEditorPage.templateEditorTextArea.refreshIconTooltip':
      'Muat ulang berkas',
    'templateEditorPage.templateEditorTextArea.emptyStateParagraph':
      'Pilih tindakan pada menu berkas.',
    'templateEditorPage.templateFormPreviewer.title':
      'Muat templat yang sudah ada',
    'templateListPage.title': 'Buat komponen baru',
    'templateListPage.subtitle':
      'Buat komponen perangkat lunak baru dengan templat standar di organisasi Anda',
    'templateListPage.pageTitle': 'Buat komponen baru',
    'templateListPage.templateGroups.defaultTitle': 'Templat',
    'templateListPage.templateGroups.otherTitle': 'Templat lainnya',
    'templateListPage.contentHeader.supportButtonTitle':
      'Buat komponen perangkat lunak baru dengan templat standar. Templat yang berbeda membuat jenis komponen yang berbeda (layanan, situs web, dokumentasi, ...).',
    'templateListPage.contentHeader.registerExistingButtonTitle':
      'Daftarkan komponen yang sudah ada',
    'templateListPage.additionalLinksForEntity.viewTechDocsTitle':
      'Lihat TechDocs',
    'templateWizardPage.title': 'Buat komponen baru',
    'templateWizardPage.subtitle':
      'Buat komponen perangkat lunak baru dengan templat standar di organisasi Anda',
    'templateWizardPage.pageTitle': 'Buat komponen baru',
    'templateWizardPage.templateWithTitle': 'Buat {{templateTitle}} baru',
    'templateWizardPage.pageContextMenu.editConfigurationTitle':
      'Ubah konfigurasi',
    'templateEditorToolbar.customFieldExplorerTooltip':
      'Penjelajah kolom khusus',
    'templateEditorToolbar.installedActionsDocumentationTooltip':
      'Dokumentasi aksi terpasang',
    'templateEditorToolbar.templatingExtensionsDocumentationTooltip':
      'Dokumentasi ekstensi templat',
    'templateEditorToolbar.addToCatalogButton': 'Terbitkan',
    'templateEditorToolbar.addToCatalogDialogTitle': 'Terbitkan perubahan',
    'templateEditorToolbar.addToCatalogDialogContent.stepsIntroduction':
      'Ikuti petunjuk berikut untuk membuat atau memperbarui templat:',
    'templateEditorToolbar.addToCatalogDialogContent.stepsListItems':
      'Simpan berkas templat di direktori lokal\nBuat pull request ke repositori git baru atau yang sudah ada\nJika templat sudah ada, perubahan akan tampil di katalog perangkat lunak setelah pull request digabungkan\nJika Anda membuat templat baru, ikuti dokumentasi yang ditautkan di bawah untuk mendaftarkan repositori templat baru ke katalog perangkat lunak',
    // A URL, not prose: kept as the package ships it.
    'templateEditorToolbar.addToCatalogDialogActions.documentationUrl': null,
    'templateEditorToolbar.addToCatalogDialogActions.documentationButton':
      'Buka dokumentasi',
    'templateEditorToolbarFileMenu.button': 'Berkas',
    'templateEditorToolbarFileMenu.options.openDirectory':
      'Buka direktori templat',
    'templateEditorToolbarFileMenu.options.createDirectory':
      'Buat direktori templat',
    'templateEditorToolbarFileMenu.options.closeEditor':
      'Tutup penyunting templat',
    'templateEditorToolbarTemplatesMenu.button': 'Templat',
  },
});
