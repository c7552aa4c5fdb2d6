import { Entity, RELATION_MEMBER_OF } from '@backstage/catalog-model';

/** An agency developer, member of a team under the Ministry of Finance. */
export const developerRef = 'user:default/budi';

export const developer: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'User',
  metadata: { name: 'budi' },
  spec: { memberOf: ['tim-keuangan-digital'] },
  relations: [
    {
      type: RELATION_MEMBER_OF,
      targetRef: 'group:default/tim-keuangan-digital',
    },
  ],
};

export const financeTeam: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name: 'tim-keuangan-digital' },
  spec: { type: 'team', parent: 'kemenkeu', children: [] },
};

export const financeMinistry: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name: 'kemenkeu' },
  spec: {
    type: 'kementerian',
    profile: { displayName: 'Kementerian Keuangan' },
    children: ['tim-keuangan-digital'],
  },
};

export const agencyEntities = [developer, financeTeam, financeMinistry];
