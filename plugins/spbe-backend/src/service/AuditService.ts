import { randomUUID } from 'node:crypto';
import { InputError, NotFoundError } from '@backstage/errors';
import {
  COORDINATOR_AGENCY_TYPE,
  AuditCampaign,
  AuditClassification,
  AuditItem,
} from '@internal/plugin-spbe-common';
import { AgencyDirectory } from '../catalog/AgencyDirectory';
import { ApplicationStore } from '../database/ApplicationStore';
import { AuditStore } from '../database/AuditStore';

const NEEDS_TARGET: AuditClassification[] = ['integrate', 'merge'];

/** Coordinator audit campaigns (one per Kemenko) and classifications. */
export class AuditService {
  constructor(
    private readonly deps: {
      store: AuditStore;
      applications: ApplicationStore;
      agencies: AgencyDirectory;
    },
  ) {}

  /** Opens a campaign over every application currently under the coordinator's ministries. */
  async create(options: { coordinator: string; title: string; deadline: string; actor: string }) {
    const agency = await this.deps.agencies.get(options.coordinator);
    if (!agency || agency.type !== COORDINATOR_AGENCY_TYPE) {
      throw new InputError(`coordinator: ${options.coordinator} is not a coordinating ministry (Kemenko)`);
    }
    if (Number.isNaN(Date.parse(`${options.deadline}T00:00:00Z`))) {
      throw new InputError(`deadline: ${options.deadline} is not a date`);
    }
    const applications = await this.deps.applications.listByCoordinator(agency.ref);
    const campaign: AuditCampaign = {
      id: randomUUID(),
      coordinator: agency.ref,
      title: options.title,
      deadline: options.deadline,
      createdBy: options.actor,
      createdAt: new Date().toISOString(),
    };
    await this.deps.store.createCampaign(
      campaign,
      applications.map(a => ({ applicationRef: a.entityRef, applicationName: a.title ?? a.name, agency: a.agency })),
    );
    return campaign;
  }

  async get(id: string): Promise<AuditCampaign> {
    const campaign = await this.deps.store.getCampaign(id);
    if (!campaign) throw new NotFoundError(`Audit campaign ${id} not found`);
    return campaign;
  }

  async getItem(campaignId: string, id: number): Promise<AuditItem> {
    const item = await this.deps.store.getItem(campaignId, id);
    if (!item) throw new NotFoundError(`Audit item ${id} of campaign ${campaignId} not found`);
    return item;
  }

  progress(campaignId: string) {
    return this.deps.store.progress(campaignId);
  }

  list(criteria?: Parameters<AuditStore['listCampaigns']>[0]) {
    return this.deps.store.listCampaigns(criteria);
  }

  listItems(options: Parameters<AuditStore['listItems']>[0]) {
    return this.deps.store.listItems(options);
  }

  async classify(options: {
    item: AuditItem;
    version: number;
    classification: AuditClassification;
    target?: string;
    rationale: string;
    actor: string;
  }): Promise<AuditItem> {
    const { item, classification, target } = options;
    if (NEEDS_TARGET.includes(classification)) {
      if (!target) throw new InputError(`target: ${classification} needs the application to ${classification} into`);
      if (target === item.applicationRef) throw new InputError('target: an application cannot be merged into itself');
      if (!(await this.deps.applications.get(target))) {
        throw new InputError(`target: ${target} is not a known SPBE application`);
      }
    } else if (target) {
      throw new InputError(`target: only integrate and merge name a target application`);
    }
    return this.deps.store.classify({
      campaignId: item.campaignId,
      id: item.id,
      expectedVersion: options.version,
      classification,
      target,
      rationale: options.rationale,
      actor: options.actor,
    });
  }
}
