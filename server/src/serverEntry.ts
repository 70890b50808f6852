// Entry of the server bundle (dist/server.js). The bundle also runs as an ingestion worker: the
// server's first start analyses sources in threads started from this same file (ingest/pool.ts),
// so a worker can never be from another build than the server that started it.
import { isIngestWorker, serveIngestJobs } from './ingest/worker';

// eslint-disable-next-line @typescript-eslint/no-require-imports
if (isIngestWorker()) serveIngestJobs(); else require('./main');
