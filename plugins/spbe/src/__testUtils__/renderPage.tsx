import { ReactElement } from 'react';
import {
  mockApis,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/frontend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import type { Permission } from '@backstage/plugin-permission-common';
import { spbeApiRef } from '../api';
import {
  auditRouteRef,
  dashboardRouteRef,
  proposalsRouteRef,
  reuseFinderRouteRef,
} from '../routes';
import { permissionApiAllowing } from './permissions';
import { MockSpbeApi } from '../__fixtures__/spbeApi';
import { agencyEntities, developerRef } from '../__fixtures__/users';

/**
 * Renders an SPBE page as the developer of `__fixtures__/users.ts`, with the given SPBE
 * API mock, the catalog holding `entities` (the developer's group tree by
 * default) and only the `allowed` permissions granted.
 *
 * `usePermission` caches decisions in a module-wide SWR cache, so one test
 * file should keep one set of `allowed` permissions for a page.
 */
export function renderSpbePage(
  element: ReactElement,
  options: {
    spbeApi: MockSpbeApi;
    allowed?: Permission[];
    entities?: Entity[];
    /** The URL to open, e.g. `/usulan/baru`. */
    path: string;
    /** The route pattern the page is mounted on, e.g. `/usulan/*`. */
    mountPath?: string;
  },
) {
  return renderInTestApp(
    <TestApiProvider
      apis={[
        [spbeApiRef, options.spbeApi],
        catalogApiMock({ entities: options.entities ?? agencyEntities }),
        mockApis.identity({
          userEntityRef: developerRef,
          ownershipEntityRefs: [developerRef],
        }),
        permissionApiAllowing(...(options.allowed ?? [])),
      ]}
    >
      {element}
    </TestApiProvider>,
    {
      mountPath: options.mountPath,
      initialRouteEntries: [options.path],
      mountedRoutes: {
        '/temukan': reuseFinderRouteRef,
        '/usulan': proposalsRouteRef,
        '/dasbor': dashboardRouteRef,
        '/audit': auditRouteRef,
        '/catalog/:namespace/:kind/:name': entityRouteRef,
      },
    },
  );
}
