// Entry of bin/source-review (bundled to dist/cli.js). See docs/CLI.md. The bundle also runs as an
// ingestion worker (ingest/pool.ts starts it again in a thread to analyse many articles at once).
import { version } from '../../../package.json';
import { isIngestWorker, serveIngestJobs } from '../ingest/worker';
import { defaultPoolMinimum } from '../ingest/pool';
import { runCliAsync } from './run';

if (isIngestWorker()) {
  serveIngestJobs();
} else {
  // `source-review check … | head` closes the pipe early; that is not an error worth a stack trace.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });

  // SOURCE_REVIEW_WORKERS: worker threads for the analysis (0: none; unset: one per core but one);
  // SOURCE_REVIEW_POOL_MIN: the fewest articles worth them (unset: see defaultPoolMinimum).
  const asked = Number(process.env.SOURCE_REVIEW_WORKERS ?? NaN);
  const workers = Number.isFinite(asked) ? asked : undefined;
  const minArticles = Number(process.env.SOURCE_REVIEW_POOL_MIN ?? defaultPoolMinimum());
  runCliAsync(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    isTTY: process.stdout.isTTY === true,
    version,
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
  }, {
    ...(workers !== undefined && Number.isFinite(workers) ? { workers } : {}),
    ...(minArticles !== undefined && Number.isFinite(minArticles) ? { minArticles } : {}),
  }).then((code) => { process.exitCode = code; }, (err: unknown) => {
    process.stderr.write(`source-review: internal error: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
    process.exitCode = 2;
  });
}
