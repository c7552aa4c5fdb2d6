/**
 * Decodes file bytes to text: UTF-8 (with or without BOM), UTF-16 LE/BE with a
 * BOM (Excel's "Unicode text"), and Windows-1252/Latin-1 when the bytes are not
 * valid UTF-8 (older Excel CSV exports).
 */
export function decodeText(content: Buffer | string): string {
  if (typeof content === 'string') return content;
  if (content.length >= 2 && content[0] === 0xff && content[1] === 0xfe) {
    return new TextDecoder('utf-16le').decode(content.subarray(2));
  }
  if (content.length >= 2 && content[0] === 0xfe && content[1] === 0xff) {
    return new TextDecoder('utf-16be').decode(content.subarray(2));
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch {
    return new TextDecoder('windows-1252').decode(content);
  }
}
