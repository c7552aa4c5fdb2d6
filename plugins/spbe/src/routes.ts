import {
  createRouteRef,
  createSubRouteRef,
} from '@backstage/frontend-plugin-api';

/** Temukan Layanan: the reuse finder. */
export const reuseFinderRouteRef = createRouteRef();
/** Usulan: proposals, the form and the architect's review. */
export const proposalsRouteRef = createRouteRef();
/** One proposal with its analysis, decision and history. */
export const proposalRouteRef = createSubRouteRef({
  parent: proposalsRouteRef,
  path: '/:id',
});
/** Dasbor Duplikasi: the leadership dashboard. */
export const dashboardRouteRef = createRouteRef();
/** Audit Koordinator: the coordinator audit. */
export const auditRouteRef = createRouteRef();
/** Laporan Impor: the inventory import reports. */
export const importReportsRouteRef = createRouteRef();
