import { scaffolderReactTranslationRef } from '@backstage/plugin-scaffolder-react';
import { createTranslationMessages } from '@backstage/frontend-plugin-api';

/** Indonesian messages of @backstage/plugin-scaffolder-react (template cards, form stepper buttons). */
export default createTranslationMessages({
  ref: scaffolderReactTranslationRef,
  full: true,
  messages: {
    'workflow.noDescription': 'Tidak ada deskripsi',
    'passwordWidget.content':
      'Widget ini tidak aman. Gunakan [`ui:field: Secret`](https://backstage.io/docs/features/software-templates/writing-templates/#using-secrets) sebagai ganti `ui:widget: password`',
    'scaffolderPageContextMenu.createLabel': 'Buat',
    'scaffolderPageContextMenu.moreLabel': 'lainnya',
    'scaffolderPageContextMenu.editorLabel': 'Kelola templat',
    'scaffolderPageContextMenu.actionsLabel': 'Aksi terpasang',
    'scaffolderPageContextMenu.tasksLabel': 'Daftar tugas',
    'scaffolderPageContextMenu.templatingExtensionsLabel': 'Ekstensi templat',
    'stepper.backButtonText': 'Kembali',
    'stepper.nextButtonText': 'Berikutnya',
    'stepper.createButtonText': 'Buat',
    'stepper.reviewButtonText': 'Tinjau',
    'stepper.stepIndexLabel': 'Langkah {{index, number}}',
    'templateCategoryPicker.title': 'Kategori',
    'templateCard.noDescription': 'Tidak ada deskripsi',
    'templateCard.chooseButtonText': 'Pilih',
    'cardHeader.detailBtnTitle': 'Tampilkan detail entitas templat',
    'templateOutputs.title': 'Keluaran teks',
  },
});
