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

  // what each example does against a portal that knows `usulan-approved` as an approved proposal
  const expected = [{ ok: true }, { ok: false, message: /Reuse these existing applications instead:\n- SIMPEG Kemenkes \(component:default\/simpeg-kemenkes\)/ }];

  it.each(examples.map((example, i) => [example.description, example, expected[i]] as const))('%s', async (_d, example, outcome) => {
    const step = yaml.parse(example.example).steps[0];
    expect(step.action).toBe('spbe:reuse-check');
    const input = { ...step.input, ...(step.input.usulan ? { usulan: env.approvedId } : {}) };
    const action = createSpbeReuseCheckAction({ api: env.api });
    const ctx = createMockActionContext({ input, getInitiatorCredentials: async () => mockCredentials.user('user:default/dev') });
    if (outcome.ok) {
      await action.handler(ctx);
      expect(ctx.output).toHaveBeenCalledWith('proposalId', env.approvedId);
    } else {
      await expect(action.handler(ctx)).rejects.toThrow(outcome.message);
    }
  });
});
