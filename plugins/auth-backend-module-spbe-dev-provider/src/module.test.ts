import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import request from 'supertest';
import authPlugin from '@backstage/plugin-auth-backend';
import { authModuleSpbeDevProvider } from './module';

describe('authModuleSpbeDevProvider', () => {
  async function start(providers: object = { spbeDev: {} }) {
    const { server } = await startTestBackend({
      features: [
        authPlugin,
        authModuleSpbeDevProvider,
        mockServices.rootConfig.factory({
          data: {
            app: { baseUrl: 'http://localhost:3000' },
            auth: { session: { secret: 'test' }, providers },
          },
        }),
        catalogServiceMock.factory({
          entities: [
            {
              apiVersion: 'backstage.io/v1alpha1',
              kind: 'User',
              metadata: { name: 'arsitek-kemenpanrb', namespace: 'default' },
              spec: { memberOf: ['spbe-arsitek'] },
              relations: [
                { type: 'memberOf', targetRef: 'group:default/spbe-arsitek' },
              ],
            },
          ],
        }),
      ],
    });
    return server;
  }

  it('signs in as the named catalog user with its groups', async () => {
    const server = await start();
    const res = await request(server)
      .get('/api/auth/spbeDev/refresh')
      .set('x-spbe-dev-user', 'arsitek-kemenpanrb');
    expect(res.status).toBe(200);
    expect(res.body.backstageIdentity.identity).toEqual(
      expect.objectContaining({
        userEntityRef: 'user:default/arsitek-kemenpanrb',
        ownershipEntityRefs: expect.arrayContaining([
          'user:default/arsitek-kemenpanrb',
          'group:default/spbe-arsitek',
        ]),
      }),
    );
  });

  it('refuses a request without the header', async () => {
    const server = await start();
    const res = await request(server).get('/api/auth/spbeDev/refresh');
    expect(res.status).toBe(401);
    expect(res.body.error.message).toContain('x-spbe-dev-user');
  });

  it('refuses a user that is not in the catalog', async () => {
    const server = await start();
    const res = await request(server)
      .get('/api/auth/spbeDev/refresh')
      .set('x-spbe-dev-user', 'nobody');
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.body.backstageIdentity).toBeUndefined();
  });

  it('does not exist unless configured', async () => {
    const server = await start({});
    const res = await request(server)
      .get('/api/auth/spbeDev/refresh')
      .set('x-spbe-dev-user', 'arsitek-kemenpanrb');
    expect(res.status).toBe(404);
  });
});
