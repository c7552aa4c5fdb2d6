import type { ReuseDictionaries } from './dictionaries';
import type { ReuseApplication, ReuseProposal } from './types';

function flatten(text: string): string {
  return ` ${text
    .normalize('NFKC')
    .toLocaleLowerCase('id-ID')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
}

/**
 * Infers the DPI building blocks a proposal needs from its text: citizen login
 * needs `identitas-digital`, exchanging data with other agencies needs
 * `pertukaran-data`, taking payments needs `pembayaran`. Phrases come from the
 * `dpiPhrases` dictionary; each result lists the phrases found.
 */
export function inferDpiBlocks(
  proposal: Pick<ReuseProposal, 'name' | 'description' | 'functions'>,
  dpiPhrases: ReuseDictionaries['dpiPhrases'],
): Array<{ block: string; evidence: string[] }> {
  const text = flatten(
    [proposal.name, proposal.description ?? '', ...(proposal.functions ?? [])].join(' . '),
  );
  const out: Array<{ block: string; evidence: string[] }> = [];
  for (const [block, phrases] of Object.entries(dpiPhrases)) {
    const evidence = phrases
      .map(p => flatten(p))
      .filter(p => p.trim() && text.includes(p))
      .map(p => p.trim());
    if (evidence.length > 0) out.push({ block, evidence: [...new Set(evidence)].sort() });
  }
  return out.sort((a, b) => a.block.localeCompare(b.block));
}

/**
 * The block id of a DPI reference as inventories and catalog annotations
 * write it: `pertukaran-data`, `dpi-pertukaran-data` (the catalog entity's
 * name), `DPI Pertukaran Data`; `pembayaran digital` is the payment block.
 */
export function dpiBlockId(reference: string): string {
  return reference
    .normalize('NFKC')
    .toLocaleLowerCase('id-ID')
    .trim()
    .replace(/[\s_]+/g, '-')
    .replace(/^dpi[-:]/, '')
    .replace(/^pembayaran-digital$/, 'pembayaran');
}

/**
 * The DPI building blocks a national platform implements: its own `dpi` list
 * when it has one, otherwise the blocks its own text says it implements
 * (`dpiPlatformPhrases`: "interoperabilitas", "sistem penghubung layanan" for
 * data exchange), so that an inventory without the column still knows SPLP.
 */
export function platformDpiBlocks(
  app: Pick<ReuseApplication, 'name' | 'description' | 'functions' | 'dpi'>,
  dpiPlatformPhrases: ReuseDictionaries['dpiPlatformPhrases'],
): string[] {
  if (app.dpi?.length) return [...new Set(app.dpi.map(dpiBlockId))];
  return inferDpiBlocks(app, dpiPlatformPhrases).map(b => b.block);
}
