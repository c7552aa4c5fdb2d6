import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { mockCredentials } from '@backstage/backend-test-utils';
import yaml from 'yaml';
import { startSpbe } from '../__testUtils__/startSpbe';
import { createSpbeReuseCheckAction } from './reuseCheck';
import { examples } from './reuseCheck.examples';

jest.setTimeout(60_000);

describe('spbe:reuse-check examples', () => {
  let env: Awaited<ReturnType<typeof startSpbe>>;
  beforeAll(async () => {
    env = await startSpbe();
  });
  afterAll(async () => env?.backend.stop());

  const runExample = async (index: number) => {
    const step = yaml.parse(examples[index].example).steps[0];
    const input = { ...step.input, ...(step.input.usulan ? { usulan: env.approvedId } : {}) };
    const ctx = createMockActionContext({ input, getInitiatorCredentials: async () => mockCredentials.user('user:default/dev') });
    return { step, ctx, done: createSpbeReuseCheckAction({ api: env.api }).handler(ctx) };
  };

  it('has the examples this test runs', () => {
    expect(examples.map(e => yaml.parse(e.example).steps[0].action)).toEqual(['spbe:reuse-check', 'spbe:reuse-check']);
  });

  it(`runs: ${examples[0].description}`, async () => {
    // `usulan-approved` stands for the id of a proposal the portal approved
    const { ctx, done } = await runExample(0);
    await done;
    expect(ctx.output).toHaveBeenCalledWith('proposalId', env.approvedId);
  });

  it(`runs: ${examples[1].description}`, async () => {
    const { done } = await runExample(1);
    await expect(done).rejects.toThrow(/Reuse these existing applications instead:\n- SIMPEG Kemenkes \(component:default\/simpeg-kemenkes\)/);
  });
});
