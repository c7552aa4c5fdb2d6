import { orgTranslationRef } from '@backstage/plugin-org';
import { createTranslationMessages } from '@backstage/frontend-plugin-api';

/** Indonesian messages of @backstage/plugin-org (group and user profile, members and ownership cards). */
export default createTranslationMessages({
  ref: orgTranslationRef,
  full: true,
  messages: {
    'groupProfileCard.groupNotFound': 'Grup tidak ditemukan',
    'groupProfileCard.editIconButtonTitle': 'Ubah metadata',
    'groupProfileCard.refreshIconButtonTitle': 'Jadwalkan pembaruan entitas',
    'groupProfileCard.refreshIconButtonAriaLabel': 'Perbarui',
    'groupProfileCard.listItemTitle.email': 'Surel',
    'groupProfileCard.listItemTitle.entityRef': 'Referensi entitas',
    'groupProfileCard.listItemTitle.parentGroup': 'Grup induk',
    'groupProfileCard.listItemTitle.childGroups': 'Subgrup',
    'membersListCard.title': 'Anggota {{groupName}}',
    'membersListCard.cardLabel': 'Halaman pengguna {{memberName}}',
    'membersListCard.noMembersDescription': 'Grup ini belum memiliki anggota.',
    'membersListCard.noSearchResult':
      'Tidak ada anggota yang cocok dengan "{{searchTerm}}".',
    'membersListCard.aggregateMembersToggle.label': 'Sertakan subgrup',
    'ownershipCard.title': 'Kepemilikan',
    'ownershipCard.aggregateRelationsToggle.label':
      'Sertakan kepemilikan tidak langsung',
    'userProfileCard.editIconButtonTitle': 'Ubah metadata',
    'userProfileCard.listItemTitle.email': 'Surel',
    'userProfileCard.listItemTitle.memberOf': 'Anggota dari',
    'userProfileCard.userNotFound': 'Pengguna tidak ditemukan',
    'userProfileCard.moreGroupButtonTitle': '...Lainnya ({{number}})',
    'userProfileCard.allGroupDialog.title': 'Semua grup {{name}}:',
    'userProfileCard.allGroupDialog.closeButtonTitle': 'Tutup',
  },
});
