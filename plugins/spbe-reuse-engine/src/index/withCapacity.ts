/**
 * `buffer` when it holds `need` entries, else a copy with room for twice
 * that (the scratch lists of candidate ids that probes and rankings fill).
 */
export function withCapacity(buffer: Int32Array, need: number): Int32Array {
  if (need <= buffer.length) return buffer;
  const grown = new Int32Array(need * 2);
  grown.set(buffer);
  return grown;
}
