// The server's first start with the ingestion pool (worker threads started from dist/server.js)
// publishes exactly the diagnostics of a start without it (SOURCE_REVIEW_WORKERS=0), on a folder of
// generated sources; with a storage folder the sources analysed in workers are saved to the
// persisted index and read back from it on the next start, with the same diagnostics again.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildOnce, LspClient, withStorage, uriOf, waitFor, type Published } from './harness';
import { writeStories } from '../unit/ingest/stories';

const SOURCES = 64;

describe('lsp: first start with the ingestion pool', function () {
  this.timeout(60000);
  before(() => buildOnce());
  const run = withStorage(() => writeStories(SOURCES));

  /** Starts a server with `env` added, opens the draft and every 9th source; their diagnostics by uri. */
  async function diagnostics(env: Record<string, string>, storagePath?: string): Promise<{ client: LspClient; byUri: Map<string, Published> }> {
    const client = new LspClient({ env: { ...process.env, ...env } });
    run.clients.push(client);
    await client.initialize([run.dir], storagePath ? { storagePath } : undefined);
    const names = fs.readdirSync(run.dir).sort().filter((n, i) => n.startsWith('draft') || i % 9 === 0);
    for (const n of names) await client.open(uriOf(path.join(run.dir, n)), fs.readFileSync(path.join(run.dir, n), 'utf8'));
    await client.waitForArticles(SOURCES + 1, 30000);
    const byUri = new Map<string, Published>();
    for (const n of names) {
      const uri = uriOf(path.join(run.dir, n));
      byUri.set(uri, await client.waitForDiagnostics(uri, () => true, 0, 30000));
    }
    // Settle: the last check is the one that counts.
    await waitFor('the checks to finish', () => client.checking.length > 0 && client.checking.at(-1)!.busy === false, 30000);
    for (const uri of byUri.keys()) byUri.set(uri, client.latest(uri)!);
    return { client, byUri };
  }

  const strip = (m: Map<string, Published>) => [...m].map(([uri, p]) => [uri, p.diagnostics]);

  it('publishes the same diagnostics as a start without workers, and saves what the workers analysed', async () => {
    const plain = await diagnostics({ SOURCE_REVIEW_WORKERS: '0' });
    assert.ok(!plain.client.logs.some((l) => /worker threads/.test(l)), plain.client.logs.join('\n'));
    const draft = [...plain.byUri].find(([uri]) => uri.endsWith('draft.md'))![1];
    assert.ok(draft.diagnostics.length > 0, 'the draft should have findings');
    await plain.client.stop();

    const pooled = await diagnostics({ SOURCE_REVIEW_WORKERS: '2', SOURCE_REVIEW_POOL_MIN: '10' }, run.storage);
    const line = await waitFor('the pool log line', () => pooled.client.logs.find((l) => /analysed \d+ sources in worker threads/.test(l)), 15000);
    // Every disk file but the open ones (read as documents) went to the pool: the workers, or the main thread meanwhile.
    const opened = pooled.byUri.size;
    const m = /analysed (\d+) sources in worker threads and (\d+) on the main thread/.exec(line);
    assert.ok(m && Number(m[1]) > 0, line);
    assert.equal(Number(m[1]) + Number(m[2]), SOURCES + 1 - opened, line);
    assert.deepEqual(strip(pooled.byUri), strip(plain.byUri));
    const index = await waitFor('the source index log line', () => pooled.client.logs.find((l) => l.startsWith('source index: ')), 15000);
    assert.match(index, new RegExp(`0 sources read from the index, ${SOURCES + 1 - opened} analysed`));
    await pooled.client.stop();

    // The next start reads them from the index (no workers needed) and answers the same.
    const again = await diagnostics({ SOURCE_REVIEW_POOL_MIN: '10' }, run.storage);
    const index2 = await waitFor('the source index log line', () => again.client.logs.find((l) => l.startsWith('source index: ')), 15000);
    assert.match(index2, new RegExp(`${SOURCES + 1 - opened} sources read from the index`));
    assert.ok(!again.client.logs.some((l) => /in worker threads/.test(l)), again.client.logs.join('\n'));
    assert.deepEqual(strip(again.byUri), strip(plain.byUri));
  });
});
