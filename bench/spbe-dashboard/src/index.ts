/*
 * Dashboard API benchmark: fills the SPBE backend's database with a
 * national-scale data set and times DashboardService.totals(), the query
 * behind GET /api/spbe/dashboard/summary.
 *
 *   yarn workspace @internal/spbe-bench-dashboard bench            # SQLite (in memory)
 *   BENCH_PG=postgresql://postgres@127.0.0.1:5432 yarn workspace ... bench   # PostgreSQL as well
 */
import knexFactory, { Knex } from 'knex';
import { ApplicationStore } from '@internal/plugin-spbe-backend/src/database/ApplicationStore';
import { AuditStore } from '@internal/plugin-spbe-backend/src/database/AuditStore';
import { DuplicateStore } from '@internal/plugin-spbe-backend/src/database/DuplicateStore';
import { migrateDatabase } from '@internal/plugin-spbe-backend/src/database/migrateDatabase';
import { ProposalStore } from '@internal/plugin-spbe-backend/src/database/ProposalStore';
import { SnapshotStore } from '@internal/plugin-spbe-backend/src/database/SnapshotStore';
import { DashboardService } from '@internal/plugin-spbe-backend/src/service/DashboardService';
import { ApplicationRecord } from '@internal/plugin-spbe-backend/src/service/types';

const APPLICATIONS = Number(process.env.BENCH_APPLICATIONS ?? 27000);
const AGENCIES = 620;
const COORDINATORS = 7;
const RUNS = 30;

/** Deterministic pseudo-random numbers (mulberry32). */
function rng(seed: number) {
  let state = seed;
  return () => {
    let t = (state += 0x6d2b79f5);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function fill(knex: Knex) {
  const random = rng(42);
  const applications = new ApplicationStore(knex);
  const records: ApplicationRecord[] = [];
  for (let i = 0; i < APPLICATIONS; i++) {
    const agency = Math.floor(random() * AGENCIES);
    records.push({
      entityRef: `component:default/app-${i}`,
      name: `app-${i}`,
      agency: `group:default/agency-${agency}`,
      coordinator: agency % 3 === 0 ? undefined : `group:default/kemenko-${agency % COORDINATORS}`,
      ral: `RAL.0${1 + Math.floor(random() * 2)}.${String(1 + Math.floor(random() * 45)).padStart(2, '0')}`,
      codes: [], functions: ['fungsi'], data: [], dpi: [], implementsDpi: [],
      platformNasional: i < 40, grandfathered: true,
    });
  }
  await applications.applyChanges({ upserts: records.map(record => ({ record, etag: '1' })), deletes: [] });

  const clusters = [];
  for (let c = 0; c < 2500; c++) {
    const size = 2 + Math.floor(random() * 4);
    const members = Array.from({ length: size }, () => `component:default/app-${Math.floor(random() * APPLICATIONS)}`);
    clusters.push({ id: `c${c}`, members: [...new Set(members)].sort(), score: 0.5 + random() / 2, evidence: { pairs: [] } });
  }
  const duplicates = new DuplicateStore(knex);
  await duplicates.applyDetection(clusters);
  for (let c = 0; c < 400; c++) {
    await duplicates.review({ id: `c${c}`, expectedVersion: 1, status: c % 2 ? 'confirmed' : 'dismissed', keeper: undefined, rationale: 'x', reviewer: 'user:default/a', dismissPairs: [] });
  }

  const audits = new AuditStore(knex);
  for (let k = 0; k < COORDINATORS; k++) {
    const coordinator = `group:default/kemenko-${k}`;
    const items = records.filter(r => r.coordinator === coordinator).map(r => ({ applicationRef: r.entityRef, applicationName: r.name, agency: r.agency }));
    await audits.createCampaign({ id: `audit-${k}`, coordinator, title: 'Audit', deadline: '2026-12-31', createdBy: 'x', createdAt: new Date().toISOString() }, items);
  }
  const classifications = ['keep', 'make-aplikasi-umum', 'integrate', 'merge', 'retire'] as const;
  await knex('spbe_audit_items').where('id', '<=', Math.floor(APPLICATIONS / 3)).update({ classification: knex.raw(`CASE WHEN id % 5 = 0 THEN '${classifications[0]}' WHEN id % 5 = 1 THEN '${classifications[2]}' ELSE '${classifications[4]}' END`) });

  const proposals = new ProposalStore(knex);
  const statuses = ['draft', 'submitted', 'approved', 'rejected-reuse', 'approved-with-conditions'] as const;
  for (let p = 0; p < 1000; p++) {
    const now = new Date().toISOString();
    await proposals.insert({
      id: `p${p}`, name: 'x', description: 'x', functions: ['x'], dataUsed: [], agency: `group:default/agency-${p % AGENCIES}`,
      referenceCodes: [], dpiBlocks: [], estimatedBudget: 1_000_000_000 + p, status: statuses[p % statuses.length],
      createdBy: 'x', createdAt: now, updatedAt: now, version: 1,
    }, { type: 'created', actor: 'x' });
  }
  return new DashboardService({ applications, duplicates, audits, proposals, snapshots: new SnapshotStore(knex) });
}

async function measure(label: string, knex: Knex) {
  await migrateDatabase(knex);
  const t0 = Date.now();
  const service = await fill(knex);
  const fillMs = Date.now() - t0;
  const times: number[] = [];
  let totals;
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    totals = await service.totals();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))].toFixed(1);
  console.log(
    `${label}: ${totals!.applications} applications, ${totals!.applicationsInDuplicateClusters} in clusters, ` +
      `${totals!.consolidation.auditItems} audit items, fill ${(fillMs / 1000).toFixed(1)} s; ` +
      `totals() over ${RUNS} runs: median ${q(0.5)} ms, p95 ${q(0.95)} ms, max ${q(1)} ms`,
  );
  await knex.destroy();
}

async function main() {
  await measure('SQLite (better-sqlite3, memory)', knexFactory({ client: 'better-sqlite3', connection: ':memory:', useNullAsDefault: true }));
  if (process.env.BENCH_PG) {
    const admin = knexFactory({ client: 'pg', connection: process.env.BENCH_PG });
    const db = `spbe_bench_${Date.now()}`;
    await admin.raw(`CREATE DATABASE ${db}`);
    try {
      await measure('PostgreSQL', knexFactory({ client: 'pg', connection: `${process.env.BENCH_PG}/${db}` }));
    } finally {
      await admin.raw(`DROP DATABASE ${db}`);
      await admin.destroy();
    }
  }
}

main().catch(error => {
  console.error(error);
  process.exitCode = 1;
});
