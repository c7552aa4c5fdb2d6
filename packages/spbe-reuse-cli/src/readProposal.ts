import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import type { ReuseProposal } from '@internal/spbe-reuse-engine';
import { splitList } from '@internal/plugin-spbe-common';
import { CliError } from './errors';

function text(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value)) return value.map(String).join('; ');
  return String(value).trim() || undefined;
}

function list(value: unknown): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  const out = Array.isArray(value)
    ? value.map(v => String(v).trim()).filter(Boolean)
    : String(value).split(/[;\n]/).map(s => s.trim()).filter(Boolean);
  return out.length ? out : undefined;
}

/**
 * Reads a proposal from .json or .yaml. Fields may use the inventory's
 * Indonesian names (nama, deskripsi, fungsi, instansi, kode_ral...) or the
 * engine's English ones (name, description, functions, agency).
 */
export async function readProposal(path: string): Promise<ReuseProposal> {
  let raw: unknown;
  try {
    const content = await readFile(path, 'utf8');
    raw = /\.ya?ml$/i.test(path) ? parseYaml(content) : JSON.parse(content);
  } catch (error) {
    throw new CliError(`Cannot read proposal ${path}: ${(error as Error).message}`);
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new CliError(`Proposal ${path} must be an object with at least "nama"`);
  }
  const p = raw as Record<string, unknown>;
  const name = text(p.nama ?? p.name);
  if (!name) throw new CliError(`Proposal ${path} has no "nama" (name)`);
  return {
    name,
    description: text(p.deskripsi ?? p.description),
    functions: list(p.fungsi ?? p.functions),
    agency: text(p.instansi ?? p.agency),
    codes: {
      ral: splitList(text(p.kode_ral)),
      rab: splitList(text(p.kode_rab)),
      raa: splitList(text(p.kode_raa)),
    },
  };
}
