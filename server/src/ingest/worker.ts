// The ingestion worker: analyses the sources it is sent, so the main thread only indexes them. The analysis is the engine's own analyzeArticle, so a worker's
// answer is exactly what the main thread would compute. The bundles (dist/server.js, dist/cli.js)
// start themselves again as workers: their entries call serveIngestJobs when isIngestWorker().
import * as fs from 'node:fs';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { analyzeArticle } from '../analysis/index';
import type { JobsMessage, ResultsMessage, TextOmitted } from './protocol';

/** workerData that makes a bundle's entry run as an ingestion worker. */
export const WORKER_MARK = 'source-review-ingest-worker';

/** True in a thread the pool started (pool.ts): the entry then serves jobs instead of starting. */
export function isIngestWorker(): boolean {
  return !isMainThread && workerData === WORKER_MARK;
}

export function serveIngestJobs(): void {
  const port = parentPort;
  if (!port) return;
  port.on('message', (message: JobsMessage) => {
    if (message?.type !== 'jobs') return;
    const results: ResultsMessage['results'] = message.jobs.map((job) => {
      try {
        // A job without text is a file to read here (UTF-8), as the bench's single-thread path reads it.
        const text = job.text ?? fs.readFileSync(job.path, 'utf8');
        const analysis = analyzeArticle({ path: job.path, text, ...(job.role ? { role: job.role } : {}) });
        const source = { analysis };
        // The main thread has the text it sent: it is not copied back (see TextOmitted).
        let omitted: TextOmitted = 0;
        if (job.text !== undefined && analysis.text.original === job.text) {
          omitted = analysis.text.plain === analysis.text.original ? 2 : 1;
          if (omitted === 2) analysis.text.plain = '';
          analysis.text.original = '';
        }
        return { ok: true as const, source, omitted };
      } catch (err) {
        return { ok: false as const, error: err instanceof Error ? err.message : String(err) };
      }
    });
    const reply: ResultsMessage = { type: 'results', first: message.first, results };
    port.postMessage(reply);
  });
}
