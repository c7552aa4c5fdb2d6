import { Command, CommanderError } from 'commander';
import { CliError } from './errors';
import type { CliIo } from './io';
import { checkCommand } from './commands/check';
import { dedupeCommand } from './commands/dedupe';
import { gateCommand } from './commands/gate';
import { generateCommand } from './commands/generate';

/** Runs the CLI with `argv` (as process.argv: node, script, args...) and returns the exit code. */
export async function run(argv: string[], io: CliIo): Promise<number> {
  const program = new Command('spbe-reuse')
    .description('SPBE reuse engine: find duplicated applications and what a proposal should reuse')
    .exitOverride()
    .configureOutput({
      writeOut: s => io.stdout.write(s),
      writeErr: s => io.stderr.write(s),
    });
  program
    .command('dedupe')
    .description('Cluster duplicated applications of an inventory')
    .requiredOption('-i, --input <file>', 'inventory .csv, .xlsx or .yaml')
    .option('-o, --output <file>', 'output file (default: stdout)')
    .option('-f, --format <format>', 'json or csv (default: from the output extension, else json)')
    .option('--threshold <number>', 'duplicate similarity threshold (default 0.4)')
    .option('--catalog-info <dir>', 'portal catalog-info whose national platforms (platforms/) mark rows without jenis (default catalog-info)')
    .action(opts => dedupeCommand(opts, io));
  program
    .command('check')
    .description('Rank what a proposal should reuse; JSON on stdout')
    .requiredOption('-i, --input <file>', 'inventory .csv, .xlsx or .yaml')
    .requiredOption('-p, --proposal <file>', 'proposal .json or .yaml (nama, deskripsi, fungsi, instansi)')
    .option('-t, --top <n>', 'number of matches (default 5)')
    .option('-e, --explain <ids>', 'also explain these application ids (comma-separated): scores and failed rules')
    .option('--catalog-info <dir>', 'portal catalog-info whose national platforms (platforms/) mark rows without jenis (default catalog-info)')
    .action(opts => checkCommand(opts, io));
  program
    .command('generate')
    .description('Generate a deterministic national-scale inventory with labelled duplicates')
    .requiredOption('-n, --size <n>', 'number of applications')
    .option('-s, --seed <n>', 'random seed')
    .requiredOption('-o, --out <dir>', 'output directory')
    .option('-f, --format <format>', 'csv or xlsx (default csv)')
    .option('--agencies <dir>', 'directory of agency Group entities (default catalog-info)')
    .action(opts => generateCommand(opts, io));
  program
    .command('gate')
    .description('Ask the portal whether its reuse gate would flag or block the entities of a catalog-info.yaml (CI)')
    .argument('<file>', 'catalog-info.yaml')
    .requiredOption('--portal <url>', 'portal backend base URL, e.g. https://portal.example.go.id')
    .option('--token-env <name>', 'environment variable holding the access token (default SPBE_PORTAL_TOKEN)')
    .action((file, opts) => gateCommand(file, opts, io));
  try {
    await program.parseAsync(argv);
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof CliError) {
      io.stderr.write(`Error: ${error.message}\n`);
      return error.exitCode;
    }
    io.stderr.write(`Error: ${(error as Error).stack ?? String(error)}\n`);
    return 1;
  }
}

/** Entry point of the bin. */
export function main(argv: string[]): void {
  run(argv, { stdout: process.stdout, stderr: process.stderr, isTTY: process.stderr.isTTY }).then(
    code => {
      process.exitCode = code;
    },
  );
}
