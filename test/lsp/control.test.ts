// When Source Review checks (sourceReview.run: onType, onSave, manual, with "Check This Article"),
// CodeLens above paragraphs with findings and the comparison it opens, and the status message for
// an article too large to check. A publish that must NOT happen is asserted after a request that
// runs every pending check (a barrier), never after a fixed wait.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { at, findingsAt, OpenDoc, save } from './actionsKit';
import { DRAFT, WIRE } from './ferry';
import { buildOnce, LspClient, uriOf, waitFor, writeWorkspace } from './harness';

type CheckResult = { findings: number; suppressed: number; skipped?: string };
type Lens = { range: { start: { line: number; character: number } }; command: { title: string; command: string; arguments: unknown[] } };

const FIXED = DRAFT.replace('About 520', 'About 310');

describe('lsp: when to check, CodeLens, skipped articles', function () {
  this.timeout(30000);
  let dir: string;
  let client: LspClient;
  let n = 0;
  const skipped: { uri: string; reason: string | null }[] = [];

  /** Publishes for `uri` since the `since`-th, after every pending check has run. */
  async function publishedAfterBarrier(uri: string, since: number): Promise<number[]> {
    await client.request('sourceReview/claims', { uri });
    return client.published.slice(since).filter((p) => p.uri === uri).map((p) => p.version ?? -1);
  }

  /** A fresh draft file in the workspace, known to the server, not yet open. */
  async function newDraft(): Promise<OpenDoc> {
    const file = path.join(dir, `draft_ferry_${++n}.md`);
    fs.writeFileSync(file, DRAFT);
    await client.filesChanged([{ uri: uriOf(file), type: 1 }]);
    await waitFor('the draft in the review set', async () => (await client.request<{ role: string | null }>('sourceReview/claims', { uri: uriOf(file) })).role === 'draft');
    return new OpenDoc(client, uriOf(file), DRAFT);
  }

  async function setRun(run: string | undefined): Promise<void> {
    const reads = client.configurationRequests;
    client.settings = run ? { run } : {};
    await client.configurationChanged();
    await waitFor('the settings pulled', () => client.configurationRequests > reads);
    await client.request('sourceReview/claims', { uri: 'file:///barrier' });
  }

  before(async () => {
    buildOnce();
    dir = writeWorkspace({ '001_coastline_wire.txt': WIRE });
    client = new LspClient();
    client.connection.onNotification('sourceReview/skipped', (p: { uri: string; reason: string | null }) => { skipped.push(p); });
    await client.initialize([dir]);
    await client.waitForArticles(1);
  });
  after(async () => {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  afterEach(async () => {
    await setRun(undefined);
    for (const doc of client.published.map((p) => p.uri)) if (doc.includes('draft_ferry_')) await client.close(doc);
  });

  it('onType (the default): an edit is checked and published without a save', async () => {
    const d = await newDraft();
    await d.open();
    await d.finding('figure-conflict', 'About 520');
    await d.set(FIXED);
    await d.published((ds) => findingsAt(ds, FIXED, 'figure-conflict', 'About 310').length === 0);
  });

  it('onSave: checked when opened; an edit is not published until the article is saved', async () => {
    await setRun('onSave');
    const d = await newDraft();
    await d.open();
    await d.finding('figure-conflict', 'About 520');
    const since = client.published.length;
    await d.set(FIXED);
    assert.deepEqual(await publishedAfterBarrier(d.uri, since), [], 'published before the save');
    fs.writeFileSync(path.join(dir, path.basename(new URL(d.uri).pathname)), FIXED);
    await save(client, d.uri);
    const p = await d.published();
    assert.deepEqual(findingsAt(p.diagnostics, FIXED, 'figure-conflict', 'About 310'), []);
  });

  it('onSave: a client without didSave gets the same from the file watcher (the file written on save)', async () => {
    await setRun('onSave');
    const d = await newDraft();
    await d.open();
    await d.finding('figure-conflict', 'About 520');
    await d.set(FIXED);
    const file = path.join(dir, path.basename(new URL(d.uri).pathname));
    fs.writeFileSync(file, FIXED);
    await client.filesChanged([{ uri: d.uri, type: 2 }]);
    await d.published((ds) => findingsAt(ds, FIXED, 'figure-conflict', 'About 310').length === 0);
  });

  it('manual: nothing on open or edit; "Check This Article" checks and publishes that version', async () => {
    await setRun('manual');
    const d = await newDraft();
    const since = client.published.length;
    await d.open();
    assert.deepEqual(await publishedAfterBarrier(d.uri, since), [], 'published on open');
    const r = await client.request<CheckResult>('sourceReview/checkDocument', { uri: d.uri });
    assert.ok(r.findings >= 5, JSON.stringify(r));
    assert.equal(r.suppressed, 0);
    assert.equal(r.skipped, undefined);
    await d.finding('figure-conflict', 'About 520');
    const since2 = client.published.length;
    await d.set(FIXED);
    await save(client, d.uri);
    assert.deepEqual(await publishedAfterBarrier(d.uri, since2), [], 'published on edit or save');
    const r2 = await client.request<CheckResult>('sourceReview/checkDocument', { uri: d.uri });
    assert.equal(r2.findings, r.findings - 1);
    const p = await d.published();
    assert.deepEqual(findingsAt(p.diagnostics, FIXED, 'figure-conflict', 'About 310'), []);
  });

  it('manual: Re-check All Articles publishes every open article', async () => {
    await setRun('manual');
    const d = await newDraft();
    await d.open();
    await client.request('sourceReview/recheckAll', null);
    await d.finding('figure-conflict', 'About 520');
  });

  it('switching back to onType publishes the pending edit', async () => {
    await setRun('manual');
    const d = await newDraft();
    await d.open();
    await d.set(FIXED);
    await setRun(undefined);
    await d.published((ds) => findingsAt(ds, FIXED, 'time-conflict', '9:15').length > 0);
  });

  it('CodeLens above each paragraph with findings: counts, and a command that compares the sources', async () => {
    const d = await newDraft();
    await d.open();
    await d.finding('figure-conflict', 'About 520');
    const lenses = await client.request<Lens[]>('textDocument/codeLens', { textDocument: { uri: d.uri } });
    const byLine = new Map(lenses.map((l) => [l.range.start.line, l]));
    assert.equal(byLine.get(at(DRAFT, 'The ferry struck').line)?.command.title, '1 conflict');
    assert.equal(byLine.get(at(DRAFT, 'About 520').line)?.command.title, '1 conflict');
    assert.equal(byLine.get(at(DRAFT, 'The operator has run').line)?.command.title, '1 unsourced claim');
    assert.equal(byLine.has(0), false, 'the headline has no findings and no lens');
    const lens = byLine.get(at(DRAFT, 'About 520').line)!;
    assert.equal(lens.command.command, '_sourceReview.compare');
    assert.deepEqual(lens.command.arguments, [d.uri, at(DRAFT, 'About 520').line]);
    const cmp = await client.request<{ title: string; markdown: string }>('sourceReview/comparison', { uri: d.uri, line: lens.command.arguments[1] });
    assert.match(cmp.title, /draft_ferry_\d+, line 5/);
    assert.match(cmp.markdown, /> About 520 passengers were brought ashore/);
    assert.match(cmp.markdown, /\*\*figure-conflict\*\*, line 5: figure conflicts with source 001/);
    assert.match(cmp.markdown, /\| \[001\]\(file:[^)]*001_coastline_wire\.txt#L5\) \| “About 310 passengers” \| [^|]+ \| ✗ \*\*conflicts\*\* \|/);
  });

  it('CodeLens counts what is hidden in the paragraph, and sourceReview.codeLens = false turns lenses off', async () => {
    const d = await newDraft();
    await d.open();
    // One paragraph: the figure conflict shows, the misquote is hidden by its level.
    const text = DRAFT.replace('Calloway said.\n\n"The crew', 'Calloway said. "The crew');
    assert.notEqual(text, DRAFT);
    client.settings = { severity: { 'quote-mismatch': 'off' } };
    await client.configurationChanged();
    await d.set(text);
    await d.published((ds) => findingsAt(ds, text, 'figure-conflict', 'About 520').length > 0 && findingsAt(ds, text, 'quote-mismatch', 'badly').length === 0);
    const lenses = await client.request<Lens[]>('textDocument/codeLens', { textDocument: { uri: d.uri } });
    const lens = lenses.find((l) => l.range.start.line === at(text, 'About 520').line);
    assert.equal(lens?.command.title, '1 conflict · 1 ignored');
    const cmp = await client.request<{ markdown: string }>('sourceReview/comparison', { uri: d.uri, line: at(text, 'About 520').line });
    assert.match(cmp.markdown, /## Ignored in this paragraph\n\n- \*\*quote-mismatch\*\* “badly”, line 5: quote-mismatch is off in sourceReview\.severity/);
    client.settings = { codeLens: false };
    await client.configurationChanged();
    await waitFor('no lenses', async () => (await client.request<Lens[]>('textDocument/codeLens', { textDocument: { uri: d.uri } })).length === 0);
  });

  it('an article over sourceReview.maxFileSize is skipped with one status message; Check This Article says why', async () => {
    client.settings = { maxFileSize: 2000 };
    await client.configurationChanged();
    const big = new OpenDoc(client, uriOf(path.join(dir, 'draft_long_read.md')), `${DRAFT}\n${'The harbour was quiet that night. '.repeat(80)}\n`);
    await big.open();
    const note = await waitFor('a skipped notification', () => skipped.find((s) => s.uri === big.uri));
    assert.match(note.reason ?? '', /larger than sourceReview\.maxFileSize \(2,000 bytes\)/);
    const r = await client.request<CheckResult>('sourceReview/checkDocument', { uri: big.uri });
    assert.match(r.skipped ?? '', /maxFileSize/);
    assert.equal(skipped.filter((s) => s.uri === big.uri).length, 1, 'the message is sent once');
    await big.set(DRAFT);
    await waitFor('the article checked again', () => skipped.some((s) => s.uri === big.uri && s.reason === null));
    await client.close(big.uri);
  });
});
