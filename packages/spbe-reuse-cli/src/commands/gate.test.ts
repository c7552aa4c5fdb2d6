import { mockCredentials, mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import spbePlugin from '@internal/plugin-spbe-backend';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { run } from '../main';

jest.setTimeout(60_000);

const existing = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'simpeg-kemenkes', namespace: 'default', title: 'SIMPEG Kemenkes',
    annotations: { 'spbe.go.id/jenis': 'khusus', 'spbe.go.id/fungsi': 'kepegawaian; data pegawai; absensi', 'spbe.go.id/inventory-source': 'x.csv#1' },
  },
  spec: { type: 'aplikasi', owner: 'group:default/kemenkes', lifecycle: 'production' },
};

function descriptor(name: string, annotations: Record<string, string>) {
  return [
    'apiVersion: backstage.io/v1alpha1',
    'kind: Component',
    'metadata:',
    `  name: ${name}`,
    '  title: Sistem Informasi Kepegawaian',
    '  annotations:',
    ...Object.entries(annotations).map(([k, v]) => `    ${k}: "${v}"`),
    'spec:',
    '  type: aplikasi',
    '  owner: group:default/kemenkes',
    '  lifecycle: experimental',
  ].join('\n');
}

async function startPortal(mode: 'off' | 'warn' | 'block') {
  const backend = await startTestBackend({
    features: [
      spbePlugin,
      mockServices.rootConfig.factory({ data: { spbe: { enforcement: { mode } } } }),
      mockServices.permissions.factory({ result: AuthorizeResult.ALLOW }),
      catalogServiceMock.factory({
        entities: [
          { apiVersion: 'backstage.io/v1alpha1', kind: 'Group', metadata: { name: 'kemenkes', namespace: 'default' }, spec: { type: 'kementerian', children: [] } },
          existing,
        ],
      }),
    ],
  });
  await request(backend.server).post('/api/spbe/sync').set('Authorization', mockCredentials.user.header());
  return { backend, url: `http://localhost:${(backend.server.address() as AddressInfo).port}` };
}

async function cli(env: NodeJS.ProcessEnv, ...args: string[]) {
  let stdout = '';
  let stderr = '';
  const saved = process.env;
  process.env = { ...saved, ...env };
  try {
    const code = await run(['node', 'spbe-reuse', ...args], {
      stdout: { write: (s: string) => (stdout += s) },
      stderr: { write: (s: string) => (stderr += s) },
    });
    return { code, stdout, stderr };
  } finally {
    process.env = saved;
  }
}

const token = mockCredentials.service.header().replace(/^Bearer /, '');

describe('spbe-reuse gate', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'spbe-gate-'));
    await writeFile(join(dir, 'new.yaml'), descriptor('simpeg-baru', { 'spbe.go.id/fungsi': 'kepegawaian; data pegawai' }));
    await writeFile(join(dir, 'old.yaml'), descriptor('simpeg-lama', { 'spbe.go.id/inventory-source': 'inventaris.csv#9' }));
    await writeFile(join(dir, 'unapproved.yaml'), descriptor('simpeg-x', { 'spbe.go.id/usulan': 'no-such-proposal' }));
    await writeFile(join(dir, 'broken.yaml'), 'kind: [');
  });

  describe('against a portal in block mode', () => {
    let portal: Awaited<ReturnType<typeof startPortal>>;
    beforeAll(async () => {
      portal = await startPortal('block');
    });
    afterAll(async () => portal?.backend.stop());

    it('exits 1 with the reasons for a new application without approval', async () => {
      const { code, stderr } = await cli({ SPBE_PORTAL_TOKEN: token }, 'gate', join(dir, 'new.yaml'), '--portal', portal.url);
      expect(code).toBe(1);
      expect(stderr).toMatch(/Component:simpeg-baru: the portal would BLOCK/);
      expect(stderr).toMatch(/spbe.go.id\/usulan is missing/);
      expect(stderr).toMatch(/SIMPEG Kemenkes \(component:default\/simpeg-kemenkes\)/);
    });

    it('exits 1 for a proposal that does not exist', async () => {
      const { code, stderr } = await cli({ SPBE_PORTAL_TOKEN: token }, 'gate', join(dir, 'unapproved.yaml'), '--portal', portal.url);
      expect(code).toBe(1);
      expect(stderr).toMatch(/no-such-proposal .* does not exist/);
    });

    it('exits 0 for a grandfathered application', async () => {
      const { code, stdout } = await cli({ SPBE_PORTAL_TOKEN: token }, 'gate', join(dir, 'old.yaml'), '--portal', `${portal.url}/`);
      expect(code).toBe(0);
      expect(stdout).toMatch(/passes \(grandfathered/);
    });

    it('fails clearly without a token, with a bad token or a broken file', async () => {
      expect((await cli({ SPBE_PORTAL_TOKEN: '' }, 'gate', join(dir, 'new.yaml'), '--portal', portal.url)).stderr).toMatch(/Set SPBE_PORTAL_TOKEN/);
      const bad = await cli({ SPBE_PORTAL_TOKEN: 'nonsense' }, 'gate', join(dir, 'new.yaml'), '--portal', portal.url);
      expect(bad.code).toBe(3);
      expect(bad.stderr).toMatch(/answered 401/);
      const broken = await cli({ SPBE_PORTAL_TOKEN: token }, 'gate', join(dir, 'broken.yaml'), '--portal', portal.url);
      expect(broken.code).toBe(1);
      expect(broken.stderr).toMatch(/not valid YAML/);
    });
  });

  it('exits 0 when the portal does not enforce (mode off)', async () => {
    const portal = await startPortal('off');
    try {
      const { code, stdout } = await cli({ SPBE_PORTAL_TOKEN: token }, 'gate', join(dir, 'new.yaml'), '--portal', portal.url);
      expect(code).toBe(0);
      expect(stdout).toMatch(/enforcement is off/);
    } finally {
      await portal.backend.stop();
    }
  });

  it('exits 1 in warn mode too (the portal would flag it)', async () => {
    const portal = await startPortal('warn');
    try {
      const { code, stderr } = await cli({ SPBE_PORTAL_TOKEN: token }, 'gate', join(dir, 'new.yaml'), '--portal', portal.url);
      expect(code).toBe(1);
      expect(stderr).toMatch(/would flag/);
    } finally {
      await portal.backend.stop();
    }
  });
});
