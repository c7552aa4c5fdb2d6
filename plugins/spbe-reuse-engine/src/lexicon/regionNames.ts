import { KABUPATEN_KOTA } from '@internal/plugin-spbe-common';
import { tokenize } from './tokens';

/** Place words after which a name writes a kabupaten or kota ("Kab. Siak", "Kota Batu", "Pemkab Tanah Datar"). */
const REGION_MARKERS = new Set(['kab', 'kabupaten', 'kota', 'pemkab', 'pemkot']);

/** Longest kabupaten or kota name, in words. */
const MAX_WORDS = 4;

let regionNames: ReadonlySet<string> | undefined;

/** The names of the kabupaten and kota (KABUPATEN_KOTA), lower case, their words joined by one space. */
function names(): ReadonlySet<string> {
  if (!regionNames) {
    const out = new Set<string>();
    for (const { kab, kota } of Object.values(KABUPATEN_KOTA)) {
      for (const name of [...kab, ...kota]) out.add(tokenize(name).map(t => t.lower).join(' '));
    }
    regionNames = out;
  }
  return regionNames;
}

/**
 * Where the name of a kabupaten or kota that a place marker introduces ends:
 * after "Kab." or "Kota" (the marker ends at `start`), the longest run of
 * words from `start` that is such a name, else `start`. The name is a place,
 * whatever else its words could be read as: "Kab. Siak" is the regency, not
 * SIAK (civil registration); "Kota Batu" a city. Words that name no
 * kabupaten or kota stay ("Kota Layak Anak", "Kota Cerdas").
 */
export function regionNameEnd(
  tokens: ReadonlyArray<{ lower: string }>,
  markerEnd: number,
): number {
  if (markerEnd === 0 || !REGION_MARKERS.has(tokens[markerEnd - 1].lower)) return markerEnd;
  const known = names();
  for (let k = Math.min(MAX_WORDS, tokens.length - markerEnd); k >= 1; k--) {
    const words: string[] = [];
    for (let j = markerEnd; j < markerEnd + k; j++) words.push(tokens[j].lower);
    if (known.has(words.join(' '))) return markerEnd + k;
  }
  return markerEnd;
}

/**
 * Kabupaten and kota names that are also ordinary words or code names of
 * their own, never read as places without a marker: batu (stone), puncak
 * (peak), buru (hunt), landak (porcupine), lebak, lahat, malaka, batu bara
 * (coal)... (those that `places.json` lists, such as palu or serang, are
 * places there already).
 */
const ORDINARY_WORDS = new Set([
  'batu', 'buru', 'puncak', 'landak', 'lebak', 'muna', 'sigi', 'kaur', 'tebo', 'bungo', 'lahat', 'lingga', 'buol',
  'malaka', 'batu bara', 'tebing tinggi', 'lima puluh kota', 'gunung mas', 'pulang pisau',
]);

/**
 * The kabupaten and kota names read as places wherever a text writes them
 * ("Dinas Peternakan Belu", "BPBD Mamasa"), apart from ORDINARY_WORDS: a
 * description names its own regency without "Kab." as often as with it.
 */
export function regionPlaceNames(): string[] {
  return [...names()].filter(name => !ORDINARY_WORDS.has(name));
}
