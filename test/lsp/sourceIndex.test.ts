// The persisted source index through the real server: a client that gives a storage folder
// (initializationOptions.storagePath, as the VS Code client does) gets the sources' analyses saved
// there, and a second start reads unchanged sources from it while a source changed on disk in
// between is analysed again, so its new figures count.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { INDEX_FORMAT } from '../../server/src/indexStore';
import { buildOnce, LspClient, startWithDraft, withStorage, waitFor, writeWorkspace, type Published } from './harness';

// A story of our own: a grain silo fire in a river port.
const WIRE = 'OSTRAVEN, March 3 (River Wire) - A silo fire burned on the grain quay on Tuesday.\n\n240 workers were evacuated from the quay at 6:40 a.m. on Tuesday, fire officer Tomas Reyes said.\n';
const GAZETTE = 'OSTRAVEN (Ostraven Gazette) - The grain silo burned on Tuesday.\n\n240 workers were evacuated from the quay at 6:40 a.m. on Tuesday, according to the port.\n';
const DRAFT = '# Silo fire empties Ostraven quay\n\n310 workers were evacuated from the quay at 6:40 a.m. on Tuesday.\n';
const DRAFT_URI = 'untitled:Untitled-7';

/** The index's counts from the server's log line after its first check, once it is written. */
function indexLine(client: LspClient): Promise<{ hits: number; misses: number }> {
  return waitFor('the source index log line', () => {
    const line = client.logs.find((l) => l.startsWith('source index: '));
    const m = line && /(\d+) sources read from the index, (\d+) analysed/.exec(line);
    return m ? { hits: Number(m[1]), misses: Number(m[2]) } : undefined;
  }, 15000);
}

const start = (folder: string, storagePath: string) => startWithDraft(folder, storagePath, DRAFT_URI, DRAFT);

const conflicts = (p: Published | undefined) => (p?.diagnostics ?? []).filter((d) => d.code === 'figure-conflict');

describe('lsp: the persisted source index', function () {
  this.timeout(40000);
  before(() => buildOnce());
  const run = withStorage(() => writeWorkspace({ '001_wire.txt': WIRE, '002_gazette.txt': GAZETTE }));

  it('saves the sources, reads them back on the next start, and analyses a changed one again', async () => {
    const first = await start(run.dir, run.storage);
    run.clients.push(first);
    const before = await first.waitForDiagnostics(DRAFT_URI, (p) => conflicts(p).length === 1);
    assert.match(conflicts(before)[0].message, /source 001: “240 workers … 6:40 a\.m\.” \(also 002\)/);
    assert.deepEqual(await indexLine(first), { hits: 0, misses: 2 });
    await first.stop();
    run.clients.pop();
    // Written on shutdown at the latest: one entry per source.
    const entries = fs.readdirSync(path.join(run.storage, `source-index-v${INDEX_FORMAT}`)).filter((f) => f.endsWith('.json'));
    assert.equal(entries.length, 2);

    // The gazette now agrees with the draft: only the wire's figure conflicts with it.
    fs.writeFileSync(path.join(run.dir, '002_gazette.txt'), GAZETTE.replace('240 workers', '310 workers'));
    const second = await start(run.dir, run.storage);
    run.clients.push(second);
    assert.deepEqual(await indexLine(second), { hits: 1, misses: 1 });
    const after = await second.waitForDiagnostics(DRAFT_URI);
    assert.deepEqual(conflicts(after), [], 'the gazette was analysed again: it now agrees with the draft at the same moment');
  });

  it('starts without an index when the client gives no storage folder', async () => {
    const client = new LspClient();
    run.clients.push(client);
    await client.initialize([run.dir]);
    await client.open(DRAFT_URI, DRAFT, 'markdown');
    await client.waitForDiagnostics(DRAFT_URI, (p) => conflicts(p).length === 1);
    assert.ok(!client.logs.some((l) => l.startsWith('source index: ')));
    assert.deepEqual(fs.readdirSync(run.storage), []);
  });
});
