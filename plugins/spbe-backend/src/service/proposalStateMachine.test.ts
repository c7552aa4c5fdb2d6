import { ConflictError } from '@backstage/errors';
import { PROPOSAL_STATUSES, ProposalStatus } from '@internal/plugin-spbe-common';
import { nextStatus, assertEditable, isApproved } from './proposalStateMachine';
import { ProposalTransition } from './proposalStateMachine';

describe('proposal state machine', () => {
  it.each<[ProposalStatus, ProposalTransition, ProposalStatus]>([
    ['draft', 'submit', 'submitted'],
    ['submitted', 'start-review', 'in-review'],
    ['draft', 'withdraw', 'withdrawn'],
    ['submitted', 'withdraw', 'withdrawn'],
    ['in-review', 'withdraw', 'withdrawn'],
  ])('%s --%s--> %s', (from, transition, to) => {
    expect(nextStatus({ from, transition }).to).toBe(to);
  });

  it.each(['approved', 'approved-with-conditions', 'rejected-reuse'] as const)(
    'decides in-review -> %s',
    outcome => {
      expect(
        nextStatus({ from: 'in-review', transition: 'decide', outcome }),
      ).toEqual({ to: outcome, event: 'decided' });
    },
  );

  const allowed: Record<ProposalTransition, ProposalStatus[]> = {
    submit: ['draft'],
    'start-review': ['submitted'],
    decide: ['in-review'],
    withdraw: ['draft', 'submitted', 'in-review'],
  };
  for (const [transition, froms] of Object.entries(allowed) as [
    ProposalTransition,
    ProposalStatus[],
  ][]) {
    for (const from of PROPOSAL_STATUSES.filter(s => !froms.includes(s))) {
      it(`refuses ${transition} from ${from}`, () => {
        expect(() =>
          nextStatus({ from, transition, outcome: 'approved' }),
        ).toThrow(ConflictError);
      });
    }
  }

  it('allows edits only in draft', () => {
    expect(() => assertEditable('draft')).not.toThrow();
    expect(() => assertEditable('submitted')).toThrow(ConflictError);
  });

  it('knows approvals', () => {
    expect(isApproved('approved')).toBe(true);
    expect(isApproved('approved-with-conditions')).toBe(true);
    expect(isApproved('rejected-reuse')).toBe(false);
    expect(isApproved('in-review')).toBe(false);
  });
});
