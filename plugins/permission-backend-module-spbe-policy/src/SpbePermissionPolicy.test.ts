import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  spbeAuditClassifyPermission,
  spbeDashboardReadPermission,
  spbeProposalDecidePermission,
  spbeProposalReadPermission,
  spbeProposalUpdatePermission,
} from '@internal/plugin-spbe-common';
import { createPermission } from '@backstage/plugin-permission-common';
import { SpbePermissionPolicy } from './SpbePermissionPolicy';
import { SpbeRoleResolver } from './SpbeRoleResolver';

const group = (name: string, type: string, parent?: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1', kind: 'Group', metadata: { name, namespace: 'default' },
  spec: { type, children: [], ...(parent ? { parent } : {}) },
});
const user = (name: string, groups: string[]): Entity => ({
  apiVersion: 'backstage.io/v1alpha1', kind: 'User', metadata: { name, namespace: 'default' },
  spec: { memberOf: groups }, relations: groups.map(g => ({ type: 'memberOf', targetRef: `group:default/${g}` })),
});

const entities = [
  group('spbe-arsitek', 'team'), group('spbe-pimpinan', 'role'),
  group('kemenko-pmk', 'kemenko'), group('kemenkes', 'kementerian', 'group:default/kemenko-pmk'),
  group('tim-kemenkes', 'team', 'kemenkes'), group('sub-tim-kemenkes', 'team', 'tim-kemenkes'),
  group('tim-audit-pmk', 'team', 'kemenko-pmk'),
  user('arsitek', ['spbe-arsitek']), user('pimpinan', ['spbe-pimpinan']), user('dev', ['sub-tim-kemenkes']),
  user('auditor', ['tim-audit-pmk']), user('nobody', []),
];

describe('SpbePermissionPolicy', () => {
  const roles = new SpbeRoleResolver({ catalog: catalogServiceMock({ entities }), auth: mockServices.auth() });
  const policy = new SpbePermissionPolicy(roles);
  const ask = (name: string, permission: Parameters<SpbePermissionPolicy['handle']>[0]['permission']) =>
    policy.handle({ permission }, {
      credentials: mockCredentials.user(`user:default/${name}`),
      info: { userEntityRef: `user:default/${name}`, ownershipEntityRefs: [`user:default/${name}`] },
    });

  it('resolves roles from nested team membership up to the agency and its Kemenko', async () => {
    expect(await roles.resolve({ userEntityRef: 'user:default/dev', ownershipEntityRefs: [] })).toEqual({
      architect: false, leadership: false, agencies: ['group:default/kemenkes'], coordinators: [],
    });
    expect(await roles.resolve({ userEntityRef: 'user:default/auditor', ownershipEntityRefs: [] })).toEqual({
      architect: false, leadership: false, agencies: ['group:default/kemenko-pmk'], coordinators: ['group:default/kemenko-pmk'],
    });
    // ownership refs from the sign-in count too
    expect((await roles.resolve({ userEntityRef: 'user:default/ghost', ownershipEntityRefs: ['group:default/spbe-arsitek'] })).architect).toBe(true);
  });

  it('gives agency members a condition on their own agency', async () => {
    expect(await ask('dev', spbeProposalUpdatePermission)).toEqual({
      result: AuthorizeResult.CONDITIONAL, pluginId: 'spbe', resourceType: 'spbe-proposal',
      conditions: { resourceType: 'spbe-proposal', rule: 'IS_PROPOSAL_OF_AGENCY', params: { agencies: ['group:default/kemenkes'] } },
    });
  });

  it('lets coordinators read proposals under them and classify their audit items', async () => {
    const read = await ask('auditor', spbeProposalReadPermission);
    expect(read.result).toBe(AuthorizeResult.CONDITIONAL);
    expect(JSON.stringify(read)).toContain('IS_PROPOSAL_UNDER_COORDINATOR');
    const classify = await ask('auditor', spbeAuditClassifyPermission);
    expect(classify).toMatchObject({ result: AuthorizeResult.CONDITIONAL, conditions: { params: { coordinators: ['group:default/kemenko-pmk'] } } });
    expect((await ask('dev', spbeAuditClassifyPermission)).result).toBe(AuthorizeResult.DENY);
  });

  it('keeps decisions to architects and dashboards to leadership, architects and coordinators', async () => {
    expect((await ask('arsitek', spbeProposalDecidePermission)).result).toBe(AuthorizeResult.ALLOW);
    expect((await ask('pimpinan', spbeProposalDecidePermission)).result).toBe(AuthorizeResult.DENY);
    expect((await ask('pimpinan', spbeDashboardReadPermission)).result).toBe(AuthorizeResult.ALLOW);
    expect((await ask('dev', spbeDashboardReadPermission)).result).toBe(AuthorizeResult.DENY);
    expect((await ask('nobody', spbeProposalReadPermission)).result).toBe(AuthorizeResult.DENY);
  });

  it('allows catalog reads and other plugins’ permissions', async () => {
    const catalogRead = createPermission({ name: 'catalog.entity.read', attributes: { action: 'read' }, resourceType: 'catalog-entity' });
    expect((await ask('nobody', catalogRead)).result).toBe(AuthorizeResult.ALLOW);
  });
});
