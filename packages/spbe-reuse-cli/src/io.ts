/** Where a command writes; tests pass buffers, the bin passes the process streams. */
export interface CliIo {
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
  /** Whether stderr is a terminal (progress lines are redrawn in place). */
  isTTY?: boolean;
}

/** Reports progress of long runs on stderr, at most every 200 ms. */
export function createProgress(io: CliIo, label: string): (done: number, total: number) => void {
  let last = 0;
  return (done, total) => {
    const now = Date.now();
    if (done < total && now - last < 200) return;
    last = now;
    const pct = total ? Math.floor((100 * done) / total) : 100;
    const line = `${label}: ${done}/${total} (${pct}%)`;
    io.stderr.write(io.isTTY ? `\r${line}${done >= total ? '\n' : ''}` : `${line}\n`);
  };
}
