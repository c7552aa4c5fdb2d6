import { homeReactTranslationRef } from '@backstage/plugin-home-react';
import { createTranslationMessages } from '@backstage/frontend-plugin-api';

/** Indonesian messages of @backstage/plugin-home-react (home widget settings). */
export default createTranslationMessages({
  ref: homeReactTranslationRef,
  full: true,
  messages: {
    'settingsModal.title': 'Pengaturan',
    'settingsModal.closeButtonTitle': 'Tutup',
    'cardExtension.settingsButtonTitle': 'Pengaturan',
  },
});
