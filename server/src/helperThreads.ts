// How Node is started for the language server. V8 compiles hot code and collects garbage on a pool
// of helper threads beside the main thread; Node starts four. On a two-core machine the four, the
// editor and the server's main thread then share two cores: while V8 optimises the typing path (the
// first ~40 keystrokes after a start) the main thread waited on the run queue for about a third of
// each keystroke. One helper does the same work with less overhead and leaves the main thread a
// core (keystroke p95 at 1,000 sources, median of the runs: 14.8 → about 11 ms; docs/PERFORMANCE.md,
// "twelfth round"). The pool is fixed when Node starts, so these are command-line flags: the VS Code client
// passes them, and bin/source-review-ls carries them in its first line for other editors.

/** Node's flags for the language server. */
export const SERVER_NODE_ARGS: readonly string[] = ['--v8-pool-size=1'];

/** The size of V8's helper pool Node was started with (`--v8-pool-size`), or null when left to Node. */
export function helperPoolSize(execArgv: readonly string[]): number | null {
  let size: number | null = null;
  for (let i = 0; i < execArgv.length; i++) {
    const a = execArgv[i];
    const value = a === '--v8-pool-size' ? execArgv[i + 1] : a.startsWith('--v8-pool-size=') ? a.slice('--v8-pool-size='.length) : undefined;
    if (value !== undefined && /^\d+$/.test(value)) size = Number(value);
  }
  return size;
}

/**
 * The start-up log line that says how many helpers V8 has, and what to do when it is Node's default.
 * NODE_OPTIONS counts too; Node reads it before the command line, which wins.
 */
export function helperThreadsLine(execArgv: readonly string[], nodeOptions = ''): string {
  const size = helperPoolSize([...nodeOptions.split(/\s+/).filter(Boolean), ...execArgv]);
  if (size !== null && size > 0) return `V8 helper threads: ${size}`;
  return `V8 helper threads: Node's default (started without ${SERVER_NODE_ARGS.join(' ')}; ` +
    'typing right after a start can be slower on a machine with few cores)';
}
