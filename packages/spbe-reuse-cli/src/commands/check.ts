import { InputError } from '@backstage/errors';
import { ReuseIndex } from '@internal/spbe-reuse-engine';
import { CliError } from '../errors';
import { CliIo, createProgress } from '../io';
import { loadInventory } from '../loadInventory';
import { readProposal } from '../readProposal';

export interface CheckOptions {
  input: string;
  proposal: string;
  top?: string;
}

/** `check`: what a proposal should reuse, as JSON on stdout. */
export async function checkCommand(opts: CheckOptions, io: CliIo): Promise<void> {
  const top = opts.top === undefined ? 5 : Number(opts.top);
  if (!Number.isInteger(top) || top < 1) {
    throw new CliError(`--top must be a positive integer, got ${opts.top}`);
  }
  const proposal = await readProposal(opts.proposal);
  const apps = await loadInventory(opts.input);
  const index = ReuseIndex.create();
  index.upsertMany(apps, createProgress(io, 'Indexed'));
  try {
    const ranking = index.rankReuse(proposal, { top });
    io.stdout.write(`${JSON.stringify(ranking, null, 2)}\n`);
  } catch (error) {
    if (error instanceof InputError) throw new CliError(error.message);
    throw error;
  }
}
