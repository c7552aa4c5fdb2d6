import { ConflictError, NotFoundError } from '@backstage/errors';
import { PermissionCriteria } from '@backstage/plugin-permission-common';
import { Knex } from 'knex';
import {
  AuditCampaign,
  AuditClassification,
  AuditItem,
  AuditProgressRow,
} from '@internal/plugin-spbe-common';
import { applyCriteria } from '../permissions/criteriaToKnex';
import { ColumnFilter } from '../permissions/rules';
import { affected, toIso, toNumber } from './util';

type CampaignRow = {
  id: string;
  coordinator_ref: string;
  title: string;
  deadline: string;
  created_by: string;
  created_at: Date | string | number;
};

type ItemRow = {
  id: number;
  campaign_id: string;
  application_ref: string;
  application_name: string;
  agency_ref: string | null;
  coordinator_ref: string;
  classification: AuditClassification | null;
  target_ref: string | null;
  rationale: string | null;
  classified_by: string | null;
  classified_at: Date | string | number | null;
  version: number;
};

function toCampaign(row: CampaignRow): AuditCampaign {
  return {
    id: row.id,
    coordinator: row.coordinator_ref,
    title: row.title,
    deadline: row.deadline,
    createdBy: row.created_by,
    createdAt: toIso(row.created_at)!,
  };
}

function toItem(row: ItemRow): AuditItem {
  return {
    id: row.id,
    campaignId: row.campaign_id,
    applicationRef: row.application_ref,
    applicationName: row.application_name,
    agency: row.agency_ref ?? undefined,
    coordinator: row.coordinator_ref,
    classification: row.classification ?? undefined,
    target: row.target_ref ?? undefined,
    rationale: row.rationale ?? undefined,
    classifiedBy: row.classified_by ?? undefined,
    classifiedAt: toIso(row.classified_at),
    version: row.version,
  };
}

/** Coordinator audit campaigns and the classification of each application. */
export class AuditStore {
  constructor(private readonly db: Knex) {}

  async createCampaign(
    campaign: AuditCampaign,
    items: { applicationRef: string; applicationName: string; agency?: string }[],
  ): Promise<void> {
    await this.db.transaction(async tx => {
      await tx('spbe_audit_campaigns').insert({
        id: campaign.id,
        coordinator_ref: campaign.coordinator,
        title: campaign.title,
        deadline: campaign.deadline,
        created_by: campaign.createdBy,
        created_at: new Date(campaign.createdAt),
      });
      for (let i = 0; i < items.length; i += 200) {
        await tx('spbe_audit_items').insert(
          items.slice(i, i + 200).map(item => ({
            campaign_id: campaign.id,
            application_ref: item.applicationRef,
            application_name: item.applicationName,
            agency_ref: item.agency ?? null,
            coordinator_ref: campaign.coordinator,
            version: 1,
          })),
        );
      }
    });
  }

  async getCampaign(id: string): Promise<AuditCampaign | undefined> {
    const row = await this.db<CampaignRow>('spbe_audit_campaigns').where({ id }).first();
    return row ? toCampaign(row) : undefined;
  }

  async listCampaigns(criteria?: PermissionCriteria<ColumnFilter>): Promise<AuditCampaign[]> {
    const query = this.db<CampaignRow>('spbe_audit_campaigns');
    if (criteria) applyCriteria(query, criteria);
    const rows = await query.orderBy([{ column: 'deadline', order: 'asc' }, { column: 'id', order: 'asc' }]);
    return rows.map(toCampaign);
  }

  async getItem(campaignId: string, id: number): Promise<AuditItem | undefined> {
    const row = await this.db<ItemRow>('spbe_audit_items').where({ campaign_id: campaignId, id }).first();
    return row ? toItem(row) : undefined;
  }

  async listItems(options: {
    campaignId: string;
    agency?: string;
    classified?: boolean;
    limit: number;
    offset: number;
  }): Promise<{ items: AuditItem[]; total: number }> {
    const base = this.db<ItemRow>('spbe_audit_items').where({ campaign_id: options.campaignId });
    if (options.agency) base.where({ agency_ref: options.agency });
    if (options.classified === true) base.whereNotNull('classification');
    if (options.classified === false) base.whereNull('classification');
    const [{ count }] = await base.clone().count({ count: '*' });
    const rows = await base.clone().orderBy('id').limit(options.limit).offset(options.offset);
    return { items: rows.map(toItem), total: toNumber(count as number) };
  }

  async classify(options: {
    campaignId: string;
    id: number;
    expectedVersion: number;
    classification: AuditClassification;
    target?: string;
    rationale: string;
    actor: string;
  }): Promise<AuditItem> {
    return this.db.transaction(async tx => {
      const count = affected(
        await tx('spbe_audit_items')
          .where({ campaign_id: options.campaignId, id: options.id, version: options.expectedVersion })
          .update({
            classification: options.classification,
            target_ref: options.target ?? null,
            rationale: options.rationale,
            classified_by: options.actor,
            classified_at: new Date(),
            version: options.expectedVersion + 1,
          }),
      );
      if (count !== 1) {
        const current = await tx<ItemRow>('spbe_audit_items')
          .where({ campaign_id: options.campaignId, id: options.id })
          .first('version');
        if (!current) throw new NotFoundError(`Audit item ${options.id} not found`);
        throw new ConflictError(
          `Audit item ${options.id} was changed by someone else: version ${current.version}, not ${options.expectedVersion}`,
        );
      }
      const row = await tx<ItemRow>('spbe_audit_items').where({ id: options.id }).first();
      return toItem(row!);
    });
  }

  /** Progress of one campaign per ministry (agency), or of all campaigns when no id is given. */
  async progress(campaignId?: string): Promise<AuditProgressRow[]> {
    const query = this.db('spbe_audit_items')
      .select({ agency: 'agency_ref', classification: 'classification' })
      .count({ count: '*' })
      .groupBy('agency_ref', 'classification');
    if (campaignId) query.where({ campaign_id: campaignId });
    const rows = (await query) as {
      agency: string | null;
      classification: AuditClassification | null;
      count: number | string;
    }[];
    const byAgency = new Map<string | null, AuditProgressRow>();
    for (const r of rows) {
      let entry = byAgency.get(r.agency);
      if (!entry) {
        entry = { agency: r.agency, total: 0, classified: 0, byClassification: {} };
        byAgency.set(r.agency, entry);
      }
      const n = toNumber(r.count);
      entry.total += n;
      if (r.classification) {
        entry.classified += n;
        entry.byClassification[r.classification] = (entry.byClassification[r.classification] ?? 0) + n;
      }
    }
    return [...byAgency.values()].sort((a, b) => (a.agency ?? '').localeCompare(b.agency ?? ''));
  }
}
