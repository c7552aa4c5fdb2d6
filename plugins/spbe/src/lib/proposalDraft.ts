import { ProposalInput, ReuseQuery } from '../api';

/** What the proposal form holds while the user types. */
export interface ProposalDraft {
  name: string;
  description: string;
  /** One function per line. */
  functions: string;
  /** One kind of data per line. */
  dataUsed: string;
  agency: string;
  /** Rupiah, as typed. */
  estimatedBudget: string;
}

export const emptyDraft: ProposalDraft = {
  name: '',
  description: '',
  functions: '',
  dataUsed: '',
  agency: '',
  estimatedBudget: '',
};

/** Lines of a textarea: trimmed, without empty ones or repeats. */
export function lines(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/\r?\n|;/)
        .map(l => l.trim())
        .filter(Boolean),
    ),
  ];
}

/**
 * The reuse check for a draft, or undefined while there is too little to
 * analyse (a name and a function or description are needed).
 */
export function draftToReuseQuery(draft: ProposalDraft): ReuseQuery | undefined {
  const name = draft.name.trim();
  const functions = lines(draft.functions);
  const description = draft.description.trim();
  if (!name || (!functions.length && !description)) return undefined;
  return {
    name: name.slice(0, 200),
    description: description.slice(0, 5000) || undefined,
    functions: (functions.length ? functions : [description]).map(f =>
      f.slice(0, 500),
    ),
    dataUsed: lines(draft.dataUsed).map(d => d.slice(0, 500)),
    agency: draft.agency || undefined,
  };
}

/** Problems that keep a draft from being submitted, as message keys. */
export function draftProblems(
  draft: ProposalDraft,
): Array<'name' | 'description' | 'functions' | 'agency' | 'budget'> {
  const problems: Array<'name' | 'description' | 'functions' | 'agency' | 'budget'> = [];
  if (!draft.name.trim()) problems.push('name');
  if (!draft.description.trim()) problems.push('description');
  if (!lines(draft.functions).length) problems.push('functions');
  if (!draft.agency) problems.push('agency');
  const budget = draft.estimatedBudget.trim();
  if (budget && !(Number(budget) >= 0)) problems.push('budget');
  return problems;
}

/** The create-proposal body of a complete draft. */
export function draftToProposal(draft: ProposalDraft): ProposalInput {
  const budget = draft.estimatedBudget.trim();
  return {
    name: draft.name.trim().slice(0, 200),
    description: draft.description.trim().slice(0, 5000),
    functions: lines(draft.functions).map(f => f.slice(0, 500)),
    dataUsed: lines(draft.dataUsed).map(d => d.slice(0, 500)),
    agency: draft.agency,
    ...(budget ? { estimatedBudget: Number(budget) } : {}),
  };
}
