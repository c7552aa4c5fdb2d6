import { readFileSync } from 'node:fs';

/** This process's peak resident set (VmHWM), in MB. */
export function peakRssMb(): number {
  const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
  return m ? Number(m[1]) / 1024 : process.memoryUsage().rss / 2 ** 20;
}

/** p50 and p99 of `values` (sorts them). */
export function percentiles(values: number[]): [number, number] {
  values.sort((x, y) => x - y);
  return [values[Math.floor(values.length * 0.5)], values[Math.floor(values.length * 0.99)]];
}
