import { readFile } from 'node:fs/promises';
import { parseAllDocuments } from 'yaml';
import { SpbeGateResult } from '@internal/plugin-spbe-common';
import { CliError } from '../errors';
import { CliIo } from '../io';

export interface GateOptions {
  portal: string;
  tokenEnv?: string;
}

/** Exit code when the portal would flag or block an entity. */
export const GATE_VIOLATION_EXIT = 1;
/** Exit code when the portal could not be asked. */
export const GATE_UNAVAILABLE_EXIT = 3;

type EntityDoc = { apiVersion?: unknown; kind?: unknown; metadata?: { name?: unknown } };

async function readEntities(file: string): Promise<EntityDoc[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new CliError(`Cannot read ${file}: ${(error as Error).message}`);
  }
  const docs = parseAllDocuments(text);
  const entities: EntityDoc[] = [];
  for (const [i, doc] of docs.entries()) {
    if (doc.errors.length) throw new CliError(`${file}: document ${i + 1} is not valid YAML: ${doc.errors[0].message}`);
    const value = doc.toJS() as EntityDoc | null;
    if (value === null) continue;
    if (typeof value !== 'object' || typeof value.kind !== 'string' || typeof value.metadata?.name !== 'string') {
      throw new CliError(`${file}: document ${i + 1} is not a catalog entity (kind and metadata.name are required)`);
    }
    entities.push(value);
  }
  return entities;
}

/**
 * `gate`: asks the portal what its reuse gate says about each entity of a
 * catalog-info.yaml; exits non-zero with the reasons when the portal would
 * flag (warn) or block one. The token comes from the environment.
 */
export async function gateCommand(file: string, opts: GateOptions, io: CliIo, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const tokenEnv = opts.tokenEnv ?? 'SPBE_PORTAL_TOKEN';
  const token = env[tokenEnv];
  if (!token) throw new CliError(`Set ${tokenEnv} to a portal access token`, 2);
  let base: URL;
  try {
    base = new URL(opts.portal.replace(/\/+$/, ''));
  } catch {
    throw new CliError(`--portal ${opts.portal} is not a URL`, 2);
  }
  const url = `${base.toString().replace(/\/+$/, '')}/api/spbe/gate/check`;
  const entities = await readEntities(file);
  let violations = 0;
  for (const entity of entities) {
    const label = `${String(entity.kind)}:${String(entity.metadata?.name)}`;
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify({ entity }),
      });
    } catch (error) {
      throw new CliError(`Cannot reach the portal at ${url}: ${(error as Error).message}`, GATE_UNAVAILABLE_EXIT);
    }
    if (!response.ok) {
      const body = await response.text();
      let message = body;
      try {
        message = (JSON.parse(body) as { error?: { message?: string } }).error?.message ?? body;
      } catch {
        // not JSON: keep the text
      }
      throw new CliError(`The portal answered ${response.status} for ${label}: ${message}`, GATE_UNAVAILABLE_EXIT);
    }
    const result = (await response.json()) as SpbeGateResult;
    if (!result.applicable) {
      io.stdout.write(`${label}: not an SPBE application, not gated\n`);
    } else if (!result.violation) {
      io.stdout.write(`${label}: passes (${result.reasons.join('; ')})\n`);
    } else if (result.action === 'none') {
      io.stdout.write(`${label}: no approved proposal, but enforcement is off (${result.reasons.join('; ')})\n`);
    } else {
      violations++;
      const lines = [
        `${label}: the portal would ${result.action === 'block' ? 'BLOCK' : 'flag'} this application`,
        ...(result.requiredApproval ? [`  needs: ${result.requiredApproval}`] : []),
        ...result.reasons.map(r => `  - ${r}`),
      ];
      io.stderr.write(`${lines.join('\n')}\n`);
    }
  }
  if (violations) {
    throw new CliError(`${violations} of ${entities.length} entities would be flagged or blocked by the SPBE reuse gate`, GATE_VIOLATION_EXIT);
  }
}
