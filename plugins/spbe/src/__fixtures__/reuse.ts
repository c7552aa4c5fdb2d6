import {
  AuditCampaign,
  AuditDetail,
  AuditItem,
  DashboardTotals,
  Proposal,
  ProposalEvent,
  ReuseAnalysis,
  ReuseCandidate,
} from '@internal/plugin-spbe-common';

/** An agency application; the engine ranks it first by score. */
export const agencyMailApp: ReuseCandidate = {
  entityRef: 'component:default/e-office-kemenkeu',
  name: 'E-Office Kemenkeu',
  agency: 'group:default/kemenkeu',
  platformNasional: false,
  score: 0.91,
  reasons: ['fungsi sama: surat masuk', 'kode RAL sama: RAL.02.03'],
};

/** A national platform with a lower score than {@link agencyMailApp}. */
export const srikandi: ReuseCandidate = {
  entityRef: 'component:default/srikandi',
  name: 'SRIKANDI',
  agency: 'group:default/anri',
  platformNasional: true,
  score: 0.62,
  reasons: ['platform nasional kearsipan dinamis'],
};

/** A second national platform, scored between the other two. */
export const inaDigital: ReuseCandidate = {
  entityRef: 'component:default/ina-digital',
  name: 'INA Digital',
  agency: 'group:default/komdigi',
  platformNasional: true,
  score: 0.75,
  reasons: ['fungsi sama: disposisi pimpinan'],
};

export const reuseAnalysis: ReuseAnalysis = {
  candidates: [srikandi, agencyMailApp],
  dpiRequirements: [
    {
      block: 'identitas-digital',
      reason: 'pengguna masuk dengan akun ASN',
      platforms: ['component:default/ina-pas'],
    },
  ],
  recommendedVerdict: 'reuse',
  summary: 'SRIKANDI sudah memenuhi fungsi surat masuk dan disposisi.',
  analyzedAt: '2026-11-20T08:00:00.000Z',
};

export const emptyAnalysis: ReuseAnalysis = {
  candidates: [],
  dpiRequirements: [],
  recommendedVerdict: 'approve',
  summary: 'Tidak ada aplikasi yang mirip.',
  analyzedAt: '2026-11-20T08:00:00.000Z',
};

export function proposal(overrides: Partial<Proposal> = {}): Proposal {
  return {
    id: 'USL-2026-014',
    name: 'Sistem Surat Dinas',
    description: 'Pengelolaan surat masuk dan disposisi pimpinan',
    functions: ['surat masuk', 'disposisi pimpinan'],
    dataUsed: ['data pegawai'],
    agency: 'group:default/kemenkeu',
    referenceCodes: [],
    dpiBlocks: [],
    estimatedBudget: 1500000000,
    status: 'submitted',
    analysis: reuseAnalysis,
    createdBy: 'user:default/budi',
    createdAt: '2026-11-20T08:00:00.000Z',
    updatedAt: '2026-11-21T09:30:00.000Z',
    version: 3,
    ...overrides,
  };
}

export const proposalHistory: ProposalEvent[] = [
  {
    id: 1,
    type: 'created',
    actor: 'user:default/budi',
    at: '2026-11-20T08:00:00.000Z',
    toStatus: 'draft',
  },
  {
    id: 2,
    type: 'submitted',
    actor: 'user:default/budi',
    at: '2026-11-20T08:05:00.000Z',
    fromStatus: 'draft',
    toStatus: 'submitted',
  },
  {
    id: 3,
    type: 'comment',
    actor: 'user:default/sari',
    at: '2026-11-21T09:30:00.000Z',
    text: 'Mohon bandingkan dengan SRIKANDI',
  },
];

export const auditCampaign: AuditCampaign = {
  id: 'audit-pmk-2026',
  coordinator: 'group:default/kemenko-pmk',
  title: 'Audit PMK 2026',
  // Far enough ahead that the campaign is never overdue while tests run.
  deadline: '2099-12-31',
  createdBy: 'user:default/sari',
  createdAt: '2026-11-01T00:00:00.000Z',
};

export function auditDetail(classified: number): AuditDetail {
  return {
    campaign: auditCampaign,
    progress: [
      {
        agency: 'group:default/kemdikbud',
        total: 30,
        classified,
        byClassification: { keep: classified },
      },
      {
        agency: 'group:default/kemenkes',
        total: 20,
        classified: 0,
        byClassification: {},
      },
    ],
  };
}

export function auditItem(
  id: number,
  overrides: Partial<AuditItem> = {},
): AuditItem {
  return {
    id,
    campaignId: auditCampaign.id,
    applicationRef: `component:default/aplikasi-${id}`,
    applicationName: `Aplikasi ${id}`,
    agency: 'group:default/kemdikbud',
    coordinator: auditCampaign.coordinator,
    version: 1,
    ...overrides,
  };
}

export const dashboardTotals: DashboardTotals = {
  applications: 27431,
  applicationsInDuplicateClusters: 8120,
  confirmedDuplicateClusters: 312,
  byFunction: [],
  byAgency: [],
  byCoordinator: [],
  consolidation: {
    auditItems: 500,
    classified: 200,
    byClassification: { keep: 120, merge: 50, retire: 30 },
  },
  proposals: {
    byStatus: { approved: 4 },
    newApplicationsAvoided: 17,
    budgetAvoided: 2500000000,
  },
};
