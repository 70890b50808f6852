// The stored claim checks through the real server: a start where no source changed but the draft
// did (typed in last session, opened with other text now) starts the draft's claim-by-claim memory
// from what the last session checked, and its diagnostics are exactly those of a fresh server with
// no stored state. A source or the settings changed in between, or a damaged entry, mean nothing
// stored is used.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CHECK_CACHE_FORMAT } from '../../server/src/checkCache';
import { buildOnce, freshDiagnostics, fullyChecked, LspClient, startWithDraft, withStorage, uriOf, writeWorkspace, type Published } from './harness';

// A story of our own: a grain silo fire at a river port.
const WIRE = 'ODERSTADT, Oct 3 (River Wire) - A fire broke out in a grain silo at the Oderstadt river port on Thursday.\n\n' +
  'About 1,200 tonnes of wheat were destroyed, port director Halina Brenner said.\n\n' +
  'Firefighters had the blaze under control by 6:40 p.m. on Thursday, the fire service said.\n\n' +
  '"We lost the whole eastern silo," Brenner told reporters at the quay.\n';
const GAZETTE = 'ODERSTADT (Port Gazette) - Fire destroyed a silo at the river port on Thursday.\n\n' +
  'About 1,200 tonnes of wheat burned, the port said. 45 firefighters were sent to the quay.\n\n' +
  'The blaze was under control by 6:40 p.m. on Thursday.\n';
const DRAFT = '# Silo fire at Oderstadt port\n\n' +
  'About 1,500 tonnes of wheat were destroyed in the fire on Thursday, port director Halina Brenner said.\n\n' +
  'Firefighters had the blaze under control by 6:40 p.m. on Thursday. 45 firefighters were sent.\n\n' +
  '"We lost the whole eastern silo," Brenner told reporters at the quay.\n';
const DRAFT_URI = 'untitled:Untitled-7';
const SEEDED = /^seeded the claim checks of 1 document/;

const typed = (text: string) => text.replace('45 firefighters', '60 firefighters');
const reopened = (text: string) => text.replace('6:40 p.m.', '7:10 p.m.') + '\nAbout 300 workers were sent home on Friday.\n';

const start = (folder: string, storagePath: string | undefined, draft: string, settings: Record<string, unknown> = {}) =>
  startWithDraft(folder, storagePath, DRAFT_URI, draft, settings);
const checked = (c: LspClient) => fullyChecked(c);
const codes = (p: Published | undefined) => (p?.diagnostics ?? []).map((d) => String(d.code)).sort();

describe('lsp: the stored claim checks', function () {
  this.timeout(60000);
  before(() => buildOnce());
  const run = withStorage(() => writeWorkspace({ '001_wire.txt': WIRE, '002_gazette.txt': GAZETTE }));

  /** A session that opens the draft, types in it, and ends: its checks are stored at shutdown. */
  async function lastSession(settings: Record<string, unknown> = {}): Promise<void> {
    const first = await start(run.dir, run.storage, DRAFT, settings);
    run.clients.push(first);
    await checked(first);
    await first.change(DRAFT_URI, 2, typed(DRAFT));
    await first.waitForDiagnostics(DRAFT_URI, (p) => p.version === 2);
    assert.ok(!first.logs.some((l) => SEEDED.test(l)), 'nothing stored yet');
    await first.stop();
    run.clients.pop();
  }

  /** The draft's diagnostics from a server with no stored state. */
  const fresh = (text: string, settings: Record<string, unknown> = {}) => freshDiagnostics(run, DRAFT_URI, text, settings);

  /** A start from the storage with the draft opened as `text`: the draft's diagnostics once fully checked. */
  async function nextSession(text: string, settings: Record<string, unknown> = {}): Promise<{ client: LspClient; published: Published }> {
    const c = await start(run.dir, run.storage, text, settings);
    run.clients.push(c);
    await checked(c);
    const published = await c.waitForDiagnostics(DRAFT_URI, (x) => x.version === 1);
    return { client: c, published };
  }

  function entryFile(): string {
    const folder = path.join(run.storage, `check-cache-v${CHECK_CACHE_FORMAT}`);
    const files = fs.readdirSync(folder).filter((f) => f.endsWith('.json'));
    assert.equal(files.length, 1, 'one entry: the open draft');
    return path.join(folder, files[0]);
  }

  it('starts from the stored checks when only the draft changed, and answers as a fresh server does', async () => {
    await lastSession();
    const text = reopened(typed(DRAFT));
    const { client, published } = await nextSession(text);
    assert.ok(client.logs.some((l) => SEEDED.test(l)), 'the stored checks were used');
    const expected = await fresh(text);
    assert.ok(expected.diagnostics.length >= 2, `the draft has findings: ${codes(expected).join(', ')}`);
    assert.deepEqual(published.diagnostics, expected.diagnostics);
    // Typing on from there still answers as a full check does.
    const more = text.replace('About 1,500 tonnes', 'About 1,200 tonnes');
    await client.change(DRAFT_URI, 2, more);
    const after = await client.waitForDiagnostics(DRAFT_URI, (p) => p.version === 2);
    assert.deepEqual(after.diagnostics, (await fresh(more)).diagnostics);
  });

  it('starts from them also for a draft opened after the first check', async () => {
    await lastSession();
    const c = new LspClient();
    run.clients.push(c);
    await c.initialize([run.dir], { storagePath: run.storage });
    await checked(c);
    const text = reopened(typed(DRAFT));
    await c.open(DRAFT_URI, text, 'markdown');
    const published = await c.waitForDiagnostics(DRAFT_URI, (x) => x.version === 1, 0, 15000);
    assert.ok(c.logs.some((l) => SEEDED.test(l)), 'the stored checks were used');
    assert.deepEqual(published.diagnostics, (await fresh(text)).diagnostics);
  });

  it('does not use them when a source changed between starts', async () => {
    await lastSession();
    fs.writeFileSync(path.join(run.dir, '002_gazette.txt'), GAZETTE.replace('45 firefighters', '60 firefighters'));
    const text = reopened(typed(DRAFT));
    const { client, published } = await nextSession(text);
    assert.ok(!client.logs.some((l) => SEEDED.test(l)));
    assert.deepEqual(published.diagnostics, (await fresh(text)).diagnostics);
  });

  it('does not use them when the settings changed between starts', async () => {
    await lastSession();
    const text = reopened(typed(DRAFT));
    const settings = { figureTolerance: 0.3 };
    const { client, published } = await nextSession(text, settings);
    assert.ok(!client.logs.some((l) => SEEDED.test(l)));
    const expected = await fresh(text, settings);
    assert.deepEqual(published.diagnostics, expected.diagnostics);
    assert.notDeepEqual(codes(expected), codes(await fresh(text)), 'the tolerance changes the answer');
  });

  it('for a source open in the editor, uses them only while its own text is the same', async () => {
    const sourceUri = uriOf(path.join(run.dir, '002_gazette.txt'));
    const edited = GAZETTE.replace('About 1,200 tonnes', 'About 1,300 tonnes');
    /** A start with the draft and the gazette open; the diagnostics of both once checked. */
    async function session(storagePath: string | undefined, gazette: string): Promise<{ client: LspClient; draft: Published; source: Published }> {
      const c = await start(run.dir, storagePath, DRAFT);
      run.clients.push(c);
      await c.open(sourceUri, gazette, 'plaintext');
      await c.waitForDiagnostics(DRAFT_URI, (x) => x.version === 1, 0, 15000);
      await c.waitForDiagnostics(sourceUri, (x) => x.version === 1, 0, 15000);
      if (storagePath) await checked(c);
      return { client: c, draft: c.latest(DRAFT_URI)!, source: c.latest(sourceUri)! };
    }
    const last = await session(run.storage, edited);
    await last.client.stop();
    run.clients.splice(run.clients.indexOf(last.client), 1);
    // The same texts: both are taken from the stored checks, and answer as a fresh server does.
    const same = await session(run.storage, edited);
    assert.ok(same.client.logs.some((l) => /^seeded the claim checks of 2 documents/.test(l)), same.client.logs.join('\n'));
    const freshSame = await session(undefined, edited);
    assert.deepEqual([same.draft.diagnostics, same.source.diagnostics], [freshSame.draft.diagnostics, freshSame.source.diagnostics]);
    for (const c of run.clients.splice(0)) await c.stop();
    // The source opened with other text: the corpus is not the stored one, for neither article.
    const other = GAZETTE.replace('45 firefighters', '52 firefighters');
    const changed = await session(run.storage, other);
    assert.ok(!changed.client.logs.some((l) => /^seeded the claim checks/.test(l)));
    const freshOther = await session(undefined, other);
    assert.deepEqual([changed.draft.diagnostics, changed.source.diagnostics], [freshOther.draft.diagnostics, freshOther.source.diagnostics]);
  });

  for (const [what, spoil] of [
    ['a truncated entry', (raw: string) => raw.slice(0, raw.length / 2)],
    ['an entry whose checks are damaged', (raw: string) => JSON.stringify({ ...JSON.parse(raw), checks: { portable: 1, texts: [], results: [] } })],
    ['an entry of another engine build', (raw: string) => JSON.stringify({ ...JSON.parse(raw), engine: 'another-build' })],
    ['an entry under another key', (raw: string) => JSON.stringify({ ...JSON.parse(raw), key: '0'.repeat(40) })],
  ] as const) {
    it(`ignores ${what}`, async () => {
      await lastSession();
      const file = entryFile();
      fs.writeFileSync(file, spoil(fs.readFileSync(file, 'utf8')));
      const text = reopened(typed(DRAFT));
      const { client, published } = await nextSession(text);
      assert.ok(!client.logs.some((l) => SEEDED.test(l)));
      assert.deepEqual(published.diagnostics, (await fresh(text)).diagnostics);
    });
  }
});
