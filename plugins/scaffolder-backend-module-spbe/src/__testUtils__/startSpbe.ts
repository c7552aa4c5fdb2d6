import { mockCredentials, mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import spbePlugin from '@internal/plugin-spbe-backend';
import { AddressInfo } from 'node:net';
import request from 'supertest';
import { SpbeApiClient } from '../SpbeApi';

function group(name: string, type: string, parent?: string): Entity {
  return { apiVersion: 'backstage.io/v1alpha1', kind: 'Group', metadata: { name, namespace: 'default' }, spec: { type, children: [], ...(parent ? { parent } : {}) } };
}

/** A real SPBE backend with one existing application and one approved and one draft proposal. */
export async function startSpbe() {
  const backend = await startTestBackend({
    features: [
      spbePlugin,
      mockServices.permissions.factory({ result: AuthorizeResult.ALLOW }),
      catalogServiceMock.factory({
        entities: [
          group('kemenko-pmk', 'kemenko'),
          group('kemenkes', 'kementerian', 'kemenko-pmk'),
          {
            apiVersion: 'backstage.io/v1alpha1',
            kind: 'Component',
            metadata: {
              name: 'simpeg-kemenkes', namespace: 'default', title: 'SIMPEG Kemenkes',
              annotations: { 'spbe.go.id/jenis': 'khusus', 'spbe.go.id/fungsi': 'kepegawaian; data pegawai; absensi', 'spbe.go.id/inventory-source': 'x.csv#1' },
            },
            spec: { type: 'aplikasi', owner: 'group:default/kemenkes', lifecycle: 'production' },
            relations: [{ type: 'coordinatedBy', targetRef: 'group:default/kemenko-pmk' }],
          },
        ],
      }),
    ],
  });
  const server = backend.server;
  const user = mockCredentials.user.header('user:default/arsitek');
  await request(server).post('/api/spbe/sync').set('Authorization', user);
  const body = { name: 'Aplikasi Telemedisin', description: 'Konsultasi dokter jarak jauh', functions: ['telemedisin'], agency: 'group:default/kemenkes' };
  const approvedId: string = (await request(server).post('/api/spbe/proposals').set('Authorization', user).send({ ...body, submit: true })).body.id;
  await request(server).post(`/api/spbe/proposals/${approvedId}/review`).set('Authorization', user).send({ version: 2 });
  await request(server).post(`/api/spbe/proposals/${approvedId}/decision`).set('Authorization', user)
    .send({ version: 3, outcome: 'approved-with-conditions', rationale: 'ok', conditions: ['Login through INApas'] });
  const draftId: string = (await request(server).post('/api/spbe/proposals').set('Authorization', user).send(body)).body.id;

  const port = (server.address() as AddressInfo).port;
  const discovery = {
    getBaseUrl: async (pluginId: string) => `http://localhost:${port}/api/${pluginId}`,
    getExternalBaseUrl: async (pluginId: string) => `http://localhost:${port}/api/${pluginId}`,
  };
  const api = new SpbeApiClient({ discovery, auth: mockServices.auth() });
  return { backend, api, approvedId, draftId };
}
