import { DecisionOutcome, ProposalEventType, ProposalStatus } from '@internal/plugin-spbe-common';
import { ConflictError, InputError } from '@backstage/errors';

/** A change of a proposal's status, named by what the user does. */
export type ProposalTransition =
  | 'submit'
  | 'start-review'
  | 'decide'
  | 'withdraw';

/** Which statuses each transition leaves from. */
const FROM: Record<ProposalTransition, readonly ProposalStatus[]> = {
  submit: ['draft'],
  'start-review': ['submitted'],
  decide: ['in-review'],
  withdraw: ['draft', 'submitted', 'in-review'],
};

const EVENT: Record<ProposalTransition, ProposalEventType> = {
  submit: 'submitted',
  'start-review': 'review-started',
  decide: 'decided',
  withdraw: 'withdrawn',
};

/** Statuses in which no transition or edit is possible any more. */
export const FINAL_STATUSES: readonly ProposalStatus[] = [
  'approved',
  'approved-with-conditions',
  'rejected-reuse',
  'withdrawn',
];

/** Statuses that count as approval for the enforcement gate. */
export const APPROVED_STATUSES: readonly ProposalStatus[] = [
  'approved',
  'approved-with-conditions',
];

export function isApproved(status: ProposalStatus): boolean {
  return APPROVED_STATUSES.includes(status);
}

/**
 * Computes the status a transition leads to, or throws a ConflictError naming
 * the current status when the transition is not possible from it.
 */
export function nextStatus(options: {
  from: ProposalStatus;
  transition: ProposalTransition;
  outcome?: DecisionOutcome;
}): { to: ProposalStatus; event: ProposalEventType } {
  const { from, transition, outcome } = options;
  if (!FROM[transition].includes(from)) {
    throw new ConflictError(
      `Cannot ${transition} a proposal that is ${from}; allowed from: ${FROM[
        transition
      ].join(', ')}`,
    );
  }
  let to: ProposalStatus;
  switch (transition) {
    case 'submit':
      to = 'submitted';
      break;
    case 'start-review':
      to = 'in-review';
      break;
    case 'withdraw':
      to = 'withdrawn';
      break;
    case 'decide':
      if (!outcome) {
        throw new InputError('A decision needs an outcome');
      }
      to = outcome;
      break;
    default:
      throw new InputError(`Unknown transition ${String(transition)}`);
  }
  return { to, event: EVENT[transition] };
}

/** Only drafts can be edited; everything after submission is on record. */
export function assertEditable(status: ProposalStatus): void {
  if (status !== 'draft') {
    throw new ConflictError(
      `Only draft proposals can be edited; this one is ${status}`,
    );
  }
}

/** Comments are possible until the proposal is closed. */
export function assertCommentable(status: ProposalStatus): void {
  if (status === 'withdrawn') {
    throw new ConflictError('Cannot comment on a withdrawn proposal');
  }
}
