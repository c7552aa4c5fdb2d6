import { AuthService, DiscoveryService } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { ANNOTATION_USULAN } from '@internal/plugin-spbe-common';
import { SpbeApi, SpbeApiClient, SpbeApproval, SpbeReuseAnalysis } from '../SpbeApi';
import { examples } from './reuseCheck.examples';

function listCandidates(analysis: SpbeReuseAnalysis): string {
  if (!analysis.candidates.length) return 'No similar application was found.';
  return [
    'Reuse these existing applications instead:',
    ...analysis.candidates.map(
      c => `- ${c.name} (${c.entityRef})${c.platformNasional ? ' [aplikasi umum nasional]' : ''}: ${c.reasons.join('; ')}`,
    ),
  ].join('\n');
}

/**
 * `spbe:reuse-check`: a new application may only be scaffolded with an
 * approved proposal (usulan). Without one the task stops with the list of
 * existing applications to reuse.
 */
export function createSpbeReuseCheckAction(options: { api?: SpbeApi; discovery?: DiscoveryService; auth?: AuthService }) {
  const api = options.api ?? new SpbeApiClient({ discovery: options.discovery!, auth: options.auth! });
  return createTemplateAction({
    id: 'spbe:reuse-check',
    description:
      'Checks a planned SPBE application against existing ones; continues only with an approved proposal (usulan) id',
    examples,
    schema: {
      input: {
        name: z => z.string().min(1).max(200).describe('Name of the planned application'),
        description: z => z.string().max(5000).optional().describe('What it does'),
        functions: z => z.array(z.string().min(1)).min(1).describe('Functions (fungsi)'),
        agency: z => z.string().optional().describe('Agency (instansi) Group entity ref'),
        referenceCodes: z => z.array(z.string()).optional().describe('Reference architecture codes (RAL, RAB, RAA)'),
        usulan: z => z.string().optional().describe('Id of the approved proposal (usulan aplikasi baru)'),
      },
      output: {
        proposalId: z => z.string().describe('The approved proposal, to put in annotation spbe.go.id/usulan'),
        annotation: z => z.string().describe(`The annotation name (${ANNOTATION_USULAN})`),
        conditions: z => z.array(z.string()).describe('Conditions of the approval'),
      },
    },
    async handler(ctx) {
      const credentials = await ctx.getInitiatorCredentials();
      const { usulan, name, description, functions, agency, referenceCodes } = ctx.input;
      if (usulan) {
        const approval = await ctx.checkpoint<SpbeApproval | null>({
          key: `spbe-approval-${usulan}`,
          fn: async () => (await api.getApproval(usulan, credentials)) ?? null,
        });
        if (!approval) throw new InputError(`Proposal (usulan) ${usulan} does not exist`);
        if (!approval.approved) {
          throw new InputError(`Proposal (usulan) ${usulan} is ${approval.status}, not approved; wait for the architects' decision`);
        }
        ctx.logger.info(`Approved proposal ${usulan} (${approval.name}, ${approval.agency})`);
        ctx.output('proposalId', approval.id);
        ctx.output('annotation', ANNOTATION_USULAN);
        ctx.output('conditions', approval.conditions);
        return;
      }
      const analysis = await ctx.checkpoint<SpbeReuseAnalysis>({
        key: `spbe-reuse-check-${name}`,
        fn: () => api.reuseCheck({ name, description, functions, agency, referenceCodes }, credentials),
      });
      throw new InputError(
        [
          `A new SPBE application needs an approved proposal (usulan aplikasi baru); none was given.`,
          listCandidates(analysis),
          analysis.dpiRequirements.length
            ? `It must use the DPI building blocks: ${analysis.dpiRequirements.map(d => d.block).join(', ')}.`
            : '',
          'Submit a proposal in the portal and run this template again with its approved id.',
        ]
          .filter(Boolean)
          .join('\n'),
      );
    },
  });
}
