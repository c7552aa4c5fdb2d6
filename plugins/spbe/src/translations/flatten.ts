/** Flattens nested messages into the dotted keys that translation refs use. */
export function flattenMessages(
  nested: { [key: string]: unknown },
  prefix = '',
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(nested)) {
    if (typeof value === 'string') {
      out[`${prefix}${key}`] = value;
    } else if (value && typeof value === 'object') {
      Object.assign(
        out,
        flattenMessages(
          value as { [key: string]: unknown },
          `${prefix}${key}.`,
        ),
      );
    }
  }
  return out;
}
