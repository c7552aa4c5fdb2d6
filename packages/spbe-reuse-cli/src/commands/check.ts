import { InputError, NotFoundError } from '@backstage/errors';
import { ReuseIndex } from '@internal/spbe-reuse-engine';
import { CliError } from '../errors';
import { CliIo, createProgress } from '../io';
import { loadInventory } from '../loadInventory';
import { loadPlatforms } from '../loadPlatforms';
import { readProposal } from '../readProposal';

export interface CheckOptions {
  input: string;
  proposal: string;
  top?: string;
  /** Comma-separated application ids to explain (why they are or are not suggested). */
  explain?: string;
  /** catalog-info directory whose registered national platforms are recognised (default catalog-info). */
  catalogInfo?: string;
}

/**
 * `check`: what a proposal should reuse, as JSON on stdout; with `--explain`,
 * also how the named applications score against it and the relevance rules
 * they fail (`explanations`).
 */
export async function checkCommand(opts: CheckOptions, io: CliIo): Promise<void> {
  const top = opts.top === undefined ? 5 : Number(opts.top);
  if (!Number.isInteger(top) || top < 1) {
    throw new CliError(`--top must be a positive integer, got ${opts.top}`);
  }
  const explain = (opts.explain ?? '')
    .split(',')
    .map(id => id.trim())
    .filter(id => id);
  const proposal = await readProposal(opts.proposal);
  const apps = await loadInventory(opts.input, await loadPlatforms(opts.catalogInfo, io));
  const index = ReuseIndex.create();
  index.upsertMany(apps, createProgress(io, 'Indexed'));
  try {
    const ranking = index.rankReuse(proposal, { top });
    const result = explain.length
      ? { ...ranking, explanations: explain.map(id => index.explainMatch(proposal, id)) }
      : ranking;
    io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } catch (error) {
    if (error instanceof InputError) throw new CliError(error.message);
    if (error instanceof NotFoundError) throw new CliError(`--explain: ${error.message.replace('in the index', `in ${opts.input}`)}`);
    throw error;
  }
}
