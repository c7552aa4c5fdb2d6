const CANDIDATES = [',', ';', '\t', '|'] as const;

/**
 * Picks the delimiter of a CSV text from its first non-blank line: the
 * candidate (`,` `;` tab `|`) that occurs most often outside quotes. Indonesian
 * Excel exports use `;` because `,` is the decimal separator.
 */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>(CANDIDATES.map(c => [c, 0]));
  let inQuotes = false;
  let seenContent = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') {
      inQuotes = !inQuotes;
    } else if (!inQuotes && (ch === '\n' || ch === '\r')) {
      if (seenContent) break;
    } else if (!inQuotes && counts.has(ch)) {
      counts.set(ch, counts.get(ch)! + 1);
    }
    if (ch.trim() && ch !== '\uFEFF') seenContent = true;
  }
  let best: string = ',';
  for (const candidate of CANDIDATES) {
    if (counts.get(candidate)! > counts.get(best)!) best = candidate;
  }
  return best;
}
