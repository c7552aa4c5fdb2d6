/**
 * `spbe-reuse`: the reuse engine's command-line tool (dedupe, check, generate).
 *
 * @packageDocumentation
 */
export { run, main } from './main';
export { rowToApplication, rowsToApplications } from './rowToApplication';
export { loadInventory } from './loadInventory';
export { readProposal } from './readProposal';
export type { CliIo } from './io';
