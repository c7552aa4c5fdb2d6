import { Router } from 'express';
import {
  spbeProposalCreatePermission,
  spbeProposalDecidePermission,
  spbeProposalReadPermission,
  spbeProposalUpdatePermission,
  Proposal,
  ProposalStatus,
} from '@internal/plugin-spbe-common';
import { proposalRules } from '../permissions/rules';
import { DecisionInput } from '../service/ProposalService';
import { ProposalInput } from '../service/types';
import { actorOf, pageOf } from './helpers';
import { RouterDeps } from './types';

type ProposalBody = Omit<ProposalInput, 'dataUsed' | 'referenceCodes' | 'dpiBlocks'> &
  Partial<Pick<ProposalInput, 'dataUsed' | 'referenceCodes' | 'dpiBlocks'>>;

function toInput(body: ProposalBody): ProposalInput {
  return {
    name: body.name.trim(),
    description: body.description.trim(),
    functions: body.functions.map(f => f.trim()),
    dataUsed: body.dataUsed ?? [],
    agency: body.agency,
    referenceCodes: body.referenceCodes ?? [],
    dpiBlocks: body.dpiBlocks ?? [],
    estimatedBudget: body.estimatedBudget,
  };
}

/** Proposal routes: list, create, read, edit, state changes, decisions, comments. */
export function addProposalRoutes(router: Router, deps: RouterDeps): void {
  const { authorizer, proposals } = deps;

  /** Loads a proposal and checks a resource permission on it (404 before 403). */
  async function load(req: { params: { id: string } }, credentials: Parameters<typeof authorizer.decision>[0], permission: typeof spbeProposalReadPermission): Promise<Proposal> {
    const proposal = await proposals.get(req.params.id);
    const decision = await authorizer.decision(credentials, permission);
    authorizer.requireResource({ decision, resource: proposal, rules: proposalRules, permission });
    return proposal;
  }

  router.get('/proposals', async (req, res) => {
    const credentials = await authorizer.credentials(req);
    const decision = await authorizer.decision(credentials, spbeProposalReadPermission);
    const access = authorizer.access(decision, proposalRules);
    const page = pageOf(req.query);
    if (access.type === 'none') {
      res.json({ items: [], total: 0 });
      return;
    }
    res.json(
      await proposals.list({
        ...page,
        criteria: access.type === 'filter' ? access.criteria : undefined,
        status: req.query.status as ProposalStatus | undefined,
        agency: req.query.agency as string | undefined,
      }),
    );
  });

  router.post('/proposals', async (req, res) => {
    const credentials = await authorizer.credentials(req);
    await authorizer.require(credentials, spbeProposalCreatePermission);
    const body = req.body as ProposalBody & { submit?: boolean };
    const input = await proposals.prepare(toInput(body));
    // one may create a proposal for an agency one may update proposals of
    const decision = await authorizer.decision(credentials, spbeProposalUpdatePermission);
    authorizer.requireResource({
      decision,
      resource: { ...input, status: 'draft' } as Proposal,
      rules: proposalRules,
      permission: spbeProposalUpdatePermission,
    });
    const created = await proposals.create({ input, submit: body.submit === true, actor: actorOf(credentials) });
    res.status(201).json(created);
  });

  router.get('/proposals/:id', async (req, res) => {
    const credentials = await authorizer.credentials(req);
    const proposal = await load(req, credentials, spbeProposalReadPermission);
    res.json({ proposal, history: await proposals.history(proposal.id) });
  });

  router.put('/proposals/:id', async (req, res) => {
    const credentials = await authorizer.credentials(req);
    const proposal = await load(req, credentials, spbeProposalUpdatePermission);
    const body = req.body as ProposalBody & { version: number };
    const input = await proposals.prepare(toInput(body));
    res.json(await proposals.edit({ proposal, expectedVersion: body.version, input, actor: actorOf(credentials) }));
  });

  router.post('/proposals/:id/submit', async (req, res) => {
    const credentials = await authorizer.credentials(req);
    const proposal = await load(req, credentials, spbeProposalUpdatePermission);
    res.json(
      await proposals.transition({ proposal, expectedVersion: req.body.version, transition: 'submit', actor: actorOf(credentials) }),
    );
  });

  router.post('/proposals/:id/withdraw', async (req, res) => {
    const credentials = await authorizer.credentials(req);
    const proposal = await load(req, credentials, spbeProposalUpdatePermission);
    res.json(
      await proposals.transition({
        proposal,
        expectedVersion: req.body.version,
        transition: 'withdraw',
        actor: actorOf(credentials),
        rationale: req.body.rationale,
      }),
    );
  });

  router.post('/proposals/:id/review', async (req, res) => {
    const credentials = await authorizer.credentials(req);
    const proposal = await proposals.get(req.params.id);
    await authorizer.require(credentials, spbeProposalDecidePermission);
    res.json(
      await proposals.transition({ proposal, expectedVersion: req.body.version, transition: 'start-review', actor: actorOf(credentials) }),
    );
  });

  router.post('/proposals/:id/decision', async (req, res) => {
    const credentials = await authorizer.credentials(req);
    const proposal = await proposals.get(req.params.id);
    await authorizer.require(credentials, spbeProposalDecidePermission);
    const { version, ...decision } = req.body as DecisionInput & { version: number };
    res.json(await proposals.decide({ proposal, expectedVersion: version, decision, actor: actorOf(credentials) }));
  });

  router.post('/proposals/:id/comments', async (req, res) => {
    const credentials = await authorizer.credentials(req);
    const proposal = await load(req, credentials, spbeProposalReadPermission);
    res.status(201).json(await proposals.comment({ proposal, text: req.body.text, actor: actorOf(credentials) }));
  });

  router.get('/approvals/:id', async (req, res) => {
    const credentials = await authorizer.credentials(req);
    const proposal = await load(req, credentials, spbeProposalReadPermission);
    res.json({
      id: proposal.id,
      name: proposal.name,
      agency: proposal.agency,
      status: proposal.status,
      approved: proposal.status === 'approved' || proposal.status === 'approved-with-conditions',
      conditions: proposal.decision?.conditions ?? [],
    });
  });
}
