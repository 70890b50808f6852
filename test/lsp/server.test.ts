// The language server over stdio, driven by a real JSON-RPC client (harness.ts) on fixture
// workspaces written to temp folders. Tests marked [engine] need findings or claims from the engine.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildOnce, LspClient, overlaps, positionOf, uriOf, waitFor, writeWorkspace, type Diagnostic } from './harness';

const SOURCE_001 = [
  'ASHFORD, Vt., March 2 (Ridgeline Wire) - A chlorine leak at a water treatment plant emptied a riverside neighbourhood on Monday.',
  '',
  '1,200 people were evacuated at 9 a.m. ET on Monday, fire chief Dana Ortiz said.',
  '',
  '“We moved everyone out before the cloud reached the school,” Ortiz said.',
  '',
].join('\n');

const DRAFT = [
  '# Leak empties Ashford neighbourhood',
  '',
  '3,400 people were evacuated at 9 a.m. ET on Monday.',
  '',
  'Fire chief Dana Ortiz said crews moved residents to the high school gym.',
  '',
].join('\n');

const SOURCE_002 = [
  'ASHFORD, Vt. (Valley Courier) - Residents near the river were told to leave on Monday morning.',
  '',
  'About 1,200 people were evacuated at 9 a.m. ET on Monday, according to the fire department.',
  '',
].join('\n');

const ours = (ds: Diagnostic[]) => ds.filter((d) => d.source === 'Source Review');
const figureConflictOn = (text: string, needle: string) => (ds: Diagnostic[]) =>
  ours(ds).filter((d) => d.code === 'figure-conflict' && overlaps(d.range, positionOf(text, needle, 1)));

describe('lsp: language server over stdio', function () {
  this.timeout(30000);
  before(() => buildOnce());

  describe('one folder: a source and a draft', () => {
    let dir: string;
    let client: LspClient;
    let draftUri: string;
    let sourceUri: string;

    before(async () => {
      dir = writeWorkspace({
        '001_ridgeline_wire.txt': SOURCE_001,
        'draft_ashford_leak.md': DRAFT,
        'node_modules/pkg/readme.md': '9,999 people were evacuated at 9 a.m. ET on Monday.',
        'out/old.txt': '9,999 people were evacuated at 9 a.m. ET on Monday.',
      });
      draftUri = uriOf(path.join(dir, 'draft_ashford_leak.md'));
      sourceUri = uriOf(path.join(dir, '001_ridgeline_wire.txt'));
      client = new LspClient();
    });
    after(async () => {
      await client.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    });

    it('initializes: hover, incremental sync, serverInfo; registers file watching and settings changes', async () => {
      const result = await client.initialize([dir]);
      assert.equal(result.capabilities.hoverProvider, true);
      assert.deepEqual(result.capabilities.textDocumentSync, { openClose: true, change: 2 });
      assert.equal(result.serverInfo?.name, 'source-review-ls');
      const watch = await waitFor('a didChangeWatchedFiles registration', () => client.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles'));
      assert.match(JSON.stringify(watch.registerOptions), /\*\*\/\*\.\{txt,md\}/);
      await waitFor('a didChangeConfiguration registration', () => client.registrations.some((r) => r.method === 'workspace/didChangeConfiguration'));
      assert.ok(client.configurationRequests > 0, 'settings were not pulled with workspace/configuration');
    });

    it('reads the folder: two articles, node_modules and out excluded', async () => {
      await client.waitForArticles(2);
    });

    it('opening the draft publishes diagnostics with its version', async () => {
      await client.open(draftUri, DRAFT, 'markdown', 1);
      const p = await client.waitForDiagnostics(draftUri);
      assert.equal(p.version, 1);
      assert.ok(Array.isArray(p.diagnostics));
    });

    it('[engine] the draft figure conflicts with source 001: shape, related information, severity', async () => {
      const p = await client.waitForDiagnostics(draftUri, (x) => figureConflictOn(DRAFT, '3,400')(x.diagnostics).length > 0);
      const d = figureConflictOn(DRAFT, '3,400')(p.diagnostics)[0];
      assert.equal(d.source, 'Source Review');
      assert.equal(d.code, 'figure-conflict');
      assert.equal(d.codeDescription?.href, 'https://github.com/source-review/source-review#figure-conflict');
      assert.ok(d.severity !== undefined && d.severity >= 1 && d.severity <= 4);
      assert.match(d.message, /001/);
      const rel = d.relatedInformation ?? [];
      const in001 = rel.find((r) => r.location.uri === sourceUri);
      assert.ok(in001, `no related information in 001: ${JSON.stringify(rel)}`);
      assert.match(in001.message, /^001: “.*1,200.*”$/);
      assert.equal(in001.location.range.start.line, 2);
      const lines = SOURCE_001.split('\n');
      assert.equal(lines[2].slice(in001.location.range.start.character, in001.location.range.end.character).includes('1,200'), true);
    });

    it('edits: versions follow the document, debounced versions and stale checks are not published', async () => {
      const since = client.published.length;
      for (let v = 2; v <= 6; v++) await client.change(draftUri, v, DRAFT.replace('3,400', `3,40${v}`));
      const p = await client.waitForDiagnostics(draftUri, (x) => x.version === 6, since);
      assert.equal(p.version, 6);
      const versions = client.published.slice(since).filter((x) => x.uri === draftUri).map((x) => x.version);
      assert.deepEqual(versions, [6], `published versions ${versions.join(', ')}`);
      await client.change(draftUri, 7, DRAFT);
      await client.waitForDiagnostics(draftUri, (x) => x.version === 7, since);
    });

    it('[engine] replacing the figure with the source figure clears the finding, restoring brings it back', async () => {
      let since = client.published.length;
      await client.change(draftUri, 8, DRAFT.replace('3,400', '1,200'));
      await client.waitForDiagnostics(draftUri, (x) => x.version === 8 && ours(x.diagnostics).every((d) => d.code !== 'figure-conflict'), since);
      since = client.published.length;
      await client.change(draftUri, 9, DRAFT);
      await client.waitForDiagnostics(draftUri, (x) => x.version === 9 && figureConflictOn(DRAFT, '3,400')(x.diagnostics).length > 0, since);
    });

    it('claims request answers for the draft (role draft, label) and for an unknown uri', async () => {
      const r = await client.request<{ label: string; role: string | null; claims: unknown[]; findings: unknown[] }>('sourceReview/claims', { uri: draftUri });
      assert.equal(r.role, 'draft');
      assert.equal(r.label, 'draft_ashford_leak');
      assert.ok(Array.isArray(r.claims) && Array.isArray(r.findings));
      const none = await client.request<{ claims: unknown[]; role: unknown }>('sourceReview/claims', { uri: 'file:///nowhere/x.txt' });
      assert.deepEqual(none.claims, []);
      assert.equal(none.role, null);
      // The e2e client also sends { textDocument: { uri } }.
      const alt = await client.request<{ label: string }>('sourceReview/claims', { textDocument: { uri: sourceUri } });
      assert.equal(alt.label, '001');
    });

    it('[engine] claims request: the draft figure with LSP ranges and comparisons by label', async () => {
      type Claims = { claims: { kind: string; text: string; range: { start: { line: number } }; comparisons: { label: string; uri: string; relation: string; range?: unknown }[] }[]; findings: { kind: string; against: { uri: string }[] }[] };
      const r = await client.request<Claims>('sourceReview/claims', { uri: draftUri });
      const fig = r.claims.find((c) => c.kind === 'figure' && c.text.includes('3,400'));
      assert.ok(fig, `no 3,400 claim in ${JSON.stringify(r.claims.map((c) => c.text))}`);
      assert.equal(fig.range.start.line, 2);
      const c001 = fig.comparisons.find((c) => c.label === '001');
      assert.ok(c001 && c001.relation === 'conflicts' && c001.uri === sourceUri && c001.range);
      assert.ok(r.findings.some((f) => f.kind === 'figure-conflict' && f.against.some((e) => e.uri === sourceUri)));
    });

    it('[engine] hover on a conflicting figure shows a table with a linked row per source', async () => {
      const h = await client.hover(draftUri, positionOf(DRAFT, '3,400', 2));
      assert.ok(h, 'no hover');
      const text = h.contents.value;
      assert.equal(h.contents.kind, 'markdown');
      assert.match(text, /\| Source \| Wording \| Value \| Relation \|/);
      assert.match(text, /\| --- \|/);
      assert.match(text, new RegExp(`\\[001\\]\\(${sourceUri.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}#L3,\\d+-L3,\\d+\\)`));
      assert.match(text, /1,200/);
      assert.match(text, /conflicts/);
    });

    it('[engine] a claim without a conflict also hovers, with a row for the source', async () => {
      const h = await client.hover(draftUri, positionOf(DRAFT, '9 a.m.', 1));
      assert.ok(h, 'no hover on 9 a.m.');
      assert.match(h.contents.value, /\| Source \| Wording \| Value \| Relation \|/);
      assert.match(h.contents.value, /\[001\]\(file:/);
      assert.match(h.contents.value, /agrees|not mentioned/);
      assert.doesNotMatch(h.contents.value, /conflicts/);
    });

    it('[engine] hover on a speaker name lists roles and quotes by source', async () => {
      await client.open(sourceUri, SOURCE_001, 'plaintext', 1);
      const h = await client.hover(sourceUri, positionOf(SOURCE_001, 'Dana Ortiz', 2));
      assert.ok(h, 'no hover on Dana Ortiz');
      assert.match(h.contents.value, /Ortiz/);
      assert.match(h.contents.value, /fire chief/i);
      await client.close(sourceUri);
    });

    it('hover on plain words answers null without an error', async () => {
      const h = await client.hover(draftUri, positionOf(DRAFT, 'Leak', 1));
      assert.ok(h === null || typeof h.contents.value === 'string');
      const none = await client.hover('file:///nowhere/x.txt', { line: 0, character: 0 });
      assert.equal(none, null);
    });

    it('speakers request returns an array; report returns Markdown', async () => {
      const s = await client.request<unknown[]>('sourceReview/speakers', {});
      assert.ok(Array.isArray(s));
      const all = await client.request<{ markdown: string }>('sourceReview/report', {});
      assert.equal(typeof all.markdown, 'string');
      assert.ok(all.markdown.length > 0);
      const one = await client.request<{ markdown: string }>('sourceReview/report', { uri: draftUri });
      assert.equal(typeof one.markdown, 'string');
    });

    it('[engine] speakers: Dana Ortiz with her role and her quote under source 001', async () => {
      type Speaker = { name: string; roles: string[]; sources: { label: string; uri: string; quotes: { text: string; uri: string; range: { start: { line: number } } }[] }[] };
      const s = await client.request<Speaker[]>('sourceReview/speakers', {});
      const ortiz = s.find((x) => /Ortiz/.test(x.name));
      assert.ok(ortiz, `speakers: ${s.map((x) => x.name).join(', ')}`);
      assert.ok(ortiz.roles.some((r) => /fire chief/i.test(r)), `roles: ${ortiz.roles.join('; ')}`);
      const src = ortiz.sources.find((x) => x.label === '001');
      assert.ok(src && src.uri === sourceUri);
      const q = src.quotes.find((x) => /moved everyone out/.test(x.text));
      assert.ok(q, 'quote missing');
      assert.equal(q.range.start.line, 4);
    });

    it('[engine] report lists the figure conflict', async () => {
      const r = await client.request<{ markdown: string }>('sourceReview/report', {});
      assert.match(r.markdown, /3,400/);
      assert.match(r.markdown, /001/);
      assert.match(r.markdown, /figure[- ]conflict/i);
    });

    it('recheckAll re-reads the folder and answers with the article count', async () => {
      const r = await client.request<{ articles: number }>('sourceReview/recheckAll', null);
      assert.equal(r.articles, 2);
    });

    it('settings: exclude and drafts are re-applied on didChangeConfiguration without a restart', async () => {
      // A user's list replaces the default list (VS Code settings do not merge arrays).
      client.settings = { exclude: ['**/node_modules/**', '**/out/**', '**/001_*'] };
      await client.configurationChanged();
      await client.waitForArticles(1);
      const gone = await client.request<{ role: unknown }>('sourceReview/claims', { uri: sourceUri });
      assert.equal(gone.role, null, 'the excluded source is still reviewed');
      client.settings = { drafts: ['**/0*'] };
      await client.configurationChanged();
      await client.waitForArticles(2);
      const asDraft = await client.request<{ role: unknown }>('sourceReview/claims', { uri: sourceUri });
      assert.equal(asDraft.role, 'draft', 'the drafts glob did not make 001 a draft');
      client.settings = {};
      await client.configurationChanged();
      await waitFor('001 a source again', async () => (await client.request<{ role: unknown }>('sourceReview/claims', { uri: sourceUri })).role === 'source');
    });

    it('settings: debounceMs is re-applied; a wrong type falls back with a logged warning', async () => {
      client.settings = { debounceMs: 1500 };
      const reads = client.configurationRequests;
      await client.configurationChanged();
      await waitFor('the settings pulled again', () => client.configurationRequests > reads);
      let since = client.published.length;
      let t0 = Date.now();
      await client.change(draftUri, 20, DRAFT.replace('Monday', 'Monday morning'));
      await client.waitForDiagnostics(draftUri, (x) => x.version === 20, since, 10000);
      const slow = Date.now() - t0;
      assert.ok(slow >= 1400, `published after ${slow} ms with debounceMs 1500`);

      client.settings = { debounceMs: 'fast' };
      await client.configurationChanged();
      await waitFor('a warning about debounceMs', () => client.logs.some((l) => /debounceMs/.test(l)));
      since = client.published.length;
      t0 = Date.now();
      await client.change(draftUri, 21, DRAFT);
      await client.waitForDiagnostics(draftUri, (x) => x.version === 21, since);
      const fast = Date.now() - t0;
      assert.ok(fast < 1400, `published after ${fast} ms with the default debounce`);
      client.settings = {};
      await client.configurationChanged();
    });

    it('an untitled document is a draft and gets diagnostics', async () => {
      const uri = 'untitled:Untitled-1';
      await client.open(uri, DRAFT, 'markdown', 1);
      await client.waitForDiagnostics(uri, (x) => x.version === 1);
      const r = await client.request<{ role: unknown }>('sourceReview/claims', { uri });
      assert.equal(r.role, 'draft');
      await client.close(uri);
    });

    it('closing the draft clears its diagnostics', async () => {
      const since = client.published.length;
      await client.close(draftUri);
      await client.waitForDiagnostics(draftUri, (x) => x.diagnostics.length === 0 && x.version === undefined, since);
      assert.ok(client.alive);
    });
  });

  describe('files created and deleted on disk', () => {
    let dir: string;
    let client: LspClient;
    let draftUri: string;

    before(async () => {
      dir = writeWorkspace({ 'draft_ashford_leak.md': DRAFT });
      draftUri = uriOf(path.join(dir, 'draft_ashford_leak.md'));
      client = new LspClient();
      await client.initialize([dir]);
      await client.open(draftUri, DRAFT);
      await client.waitForDiagnostics(draftUri);
    });
    after(async () => {
      await client.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    });

    it('a created source joins the review set; a deleted one leaves it', async () => {
      await client.waitForArticles(1);
      const file = path.join(dir, '001_ridgeline_wire.txt');
      fs.writeFileSync(file, SOURCE_001);
      await client.filesChanged([{ uri: uriOf(file), type: 1 }]);
      await client.waitForArticles(2);
      fs.rmSync(file);
      await client.filesChanged([{ uri: uriOf(file), type: 3 }]);
      await client.waitForArticles(1);
    });

    it('[engine] findings appear with a created source and vanish when it is deleted', async () => {
      const file = path.join(dir, '001_ridgeline_wire.txt');
      fs.writeFileSync(file, SOURCE_001);
      try {
        const since = client.published.length;
        await client.filesChanged([{ uri: uriOf(file), type: 1 }]);
        await client.waitForDiagnostics(draftUri, (x) => figureConflictOn(DRAFT, '3,400')(x.diagnostics).length > 0, since);
      } finally {
        fs.rmSync(file);
        await client.filesChanged([{ uri: uriOf(file), type: 3 }]);
        await client.waitForArticles(1);
        await waitFor('the finding to vanish', () => figureConflictOn(DRAFT, '3,400')(client.latest(draftUri)?.diagnostics ?? []).length === 0);
      }
    });

    it('a changed source on disk is re-read (turned binary it leaves, fixed it returns)', async () => {
      const file = path.join(dir, '002_valley_courier.txt');
      fs.writeFileSync(file, SOURCE_002);
      await client.filesChanged([{ uri: uriOf(file), type: 1 }]);
      await client.waitForArticles(2);
      fs.writeFileSync(file, new Uint8Array([0x31, 0x2c, 0, 0, 0x32]));
      await client.filesChanged([{ uri: uriOf(file), type: 2 }]);
      await client.waitForArticles(1);
      assert.ok(client.logs.some((l) => l.includes('002_valley_courier.txt') && /binary/.test(l)), client.logs.join('\n'));
      fs.writeFileSync(file, SOURCE_002.replace('1,200', '1,250'));
      await client.filesChanged([{ uri: uriOf(file), type: 2 }]);
      await client.waitForArticles(2);
      fs.rmSync(file);
      await client.filesChanged([{ uri: uriOf(file), type: 3 }]);
      await client.waitForArticles(1);
    });
  });

  describe('multi-root, per-folder settings, binary and oversized files', () => {
    let a: string;
    let b: string;
    let client: LspClient;

    before(async () => {
      const binary = new Uint8Array(64);
      binary.set([0x50, 0x4b, 0x03, 0x04, 0, 0, 0x14]);
      a = writeWorkspace({ '001_ridgeline_wire.txt': SOURCE_001, 'scan.txt': binary, 'latin1.txt': new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x31]) });
      b = writeWorkspace({ '002_valley_courier.txt': SOURCE_002, 'huge.md': `${'1,200 people. '.repeat(200)}\n`, 'desk/draft_ashford_leak.md': DRAFT });
      client = new LspClient();
      client.settingsByScope.set(uriOf(b), { maxFileSize: 1000 });
    });
    after(async () => {
      await client.stop();
      fs.rmSync(a, { recursive: true, force: true });
      fs.rmSync(b, { recursive: true, force: true });
    });

    it('reads both folders, skipping binary, invalid UTF-8 and oversized files with one log line each', async () => {
      await client.initialize([a, b]);
      await client.waitForArticles(3);
      for (const name of ['scan.txt', 'latin1.txt', 'huge.md']) {
        assert.equal(client.logs.filter((l) => l.includes(name)).length, 1, `log lines for ${name}: ${client.logs.join('\n')}`);
      }
      const r = await client.request<{ articles: number }>('sourceReview/recheckAll', null);
      assert.equal(r.articles, 3);
      assert.equal(client.logs.filter((l) => l.includes('huge.md')).length, 1, 'a re-read logs a skipped file again');
      assert.ok(client.alive);
    });

    it('articles in both folders are checked together', async () => {
      const draft = path.join(b, 'desk', 'draft_ashford_leak.md');
      const claims = await client.request<{ label: string; role: unknown }>('sourceReview/claims', { uri: uriOf(path.join(a, '001_ridgeline_wire.txt')) });
      assert.equal(claims.label, '001');
      await client.open(uriOf(draft), DRAFT);
      await client.waitForDiagnostics(uriOf(draft));
    });

    it('[engine] a draft in one folder is checked against a source in the other', async () => {
      const draft = uriOf(path.join(b, 'desk', 'draft_ashford_leak.md'));
      const p = await client.waitForDiagnostics(draft, (x) => figureConflictOn(DRAFT, '3,400')(x.diagnostics).length > 0);
      const uris = figureConflictOn(DRAFT, '3,400')(p.diagnostics).flatMap((d) => (d.relatedInformation ?? []).map((r) => r.location.uri));
      assert.ok(uris.includes(uriOf(path.join(a, '001_ridgeline_wire.txt'))), uris.join(', '));
    });

    it('per-folder exclude applies to its own folder only', async () => {
      client.settingsByScope.set(uriOf(b), { maxFileSize: 1000, exclude: ['**/002_*'] });
      await client.configurationChanged();
      await client.waitForArticles(2);
      client.settingsByScope.set(uriOf(b), { maxFileSize: 1000 });
      await client.configurationChanged();
      await client.waitForArticles(3);
    });

    it('removing a workspace folder drops its articles', async () => {
      await client.connection.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [], removed: [{ uri: uriOf(a), name: 'a' }] } });
      await client.waitForArticles(2);
      await client.connection.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [{ uri: uriOf(a), name: 'a' }], removed: [] } });
      await client.waitForArticles(3);
    });

    it('an open document over maxFileSize is left out with one warning', async () => {
      const big = uriOf(path.join(b, 'desk', 'big-notes.md'));
      const text = `${'3,400 people were evacuated. '.repeat(60)}\n`;
      await client.open(big, text);
      await client.waitForDiagnostics(big, (x) => x.diagnostics.length === 0);
      const r = await client.request<{ role: unknown }>('sourceReview/claims', { uri: big });
      assert.equal(r.role, null);
      await client.change(big, 2, text + 'more');
      await client.waitForDiagnostics(big, (x) => x.version === 2);
      assert.equal(client.logs.filter((l) => l.includes('big-notes.md')).length, 1, client.logs.join('\n'));
      await client.close(big);
    });

    it('malformed requests are answered, and the server keeps going', async () => {
      const r = await client.request<{ claims: unknown[] }>('sourceReview/claims', null);
      assert.deepEqual(r.claims, []);
      const h = await client.request<unknown>('textDocument/hover', { textDocument: { uri: 'untitled:nope' }, position: { line: 99, character: 99 } });
      assert.equal(h, null);
      await client.filesChanged([{ uri: 'file:///does/not/exist.txt', type: 2 }, { uri: 'not a uri', type: 1 }]);
      const s = await client.request<unknown[]>('sourceReview/speakers', null);
      assert.ok(Array.isArray(s));
      assert.ok(client.alive);
    });
  });
});
