import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { mockCredentials } from '@backstage/backend-test-utils';
import { startSpbe } from '../__testUtils__/startSpbe';
import { createSpbeReuseCheckAction } from './reuseCheck';

jest.setTimeout(60_000);

describe('spbe:reuse-check', () => {
  let env: Awaited<ReturnType<typeof startSpbe>>;
  beforeAll(async () => {
    env = await startSpbe();
  });
  afterAll(async () => env?.backend.stop());

  const run = (input: Record<string, unknown>) => {
    const action = createSpbeReuseCheckAction({ api: env.api });
    const ctx = createMockActionContext({
      input: { name: 'Aplikasi Telemedisin', functions: ['telemedisin'], ...input },
      getInitiatorCredentials: async () => mockCredentials.user('user:default/dev'),
    });
    return { ctx, done: action.handler(ctx) };
  };

  it('continues with an approved proposal and outputs its id, annotation and conditions', async () => {
    const { ctx, done } = run({ usulan: env.approvedId });
    await done;
    expect(ctx.output).toHaveBeenCalledWith('proposalId', env.approvedId);
    expect(ctx.output).toHaveBeenCalledWith('annotation', 'spbe.go.id/usulan');
    expect(ctx.output).toHaveBeenCalledWith('conditions', ['Login through INApas']);
  });

  it('stops on a proposal that is not approved or does not exist', async () => {
    await expect(run({ usulan: env.draftId }).done).rejects.toThrow(`is draft, not approved`);
    await expect(run({ usulan: 'no-such-id' }).done).rejects.toThrow('does not exist');
  });

  it('stops without a proposal, listing what to reuse', async () => {
    const { done } = run({ name: 'SIMPEG Baru', functions: ['kepegawaian', 'data pegawai'] });
    await expect(done).rejects.toThrow(/needs an approved proposal[\s\S]*SIMPEG Kemenkes \(component:default\/simpeg-kemenkes\)/);
  });

  it('stops without a proposal even when nothing similar exists', async () => {
    await expect(run({ name: 'Pemantauan Gunung Api', functions: ['vulkanologi'] }).done).rejects.toThrow(/No similar application was found/);
  });
});
