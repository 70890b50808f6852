// Suppression and levels over stdio: ignore comments in Markdown and plain text, .source-review.json
// (ignored findings, ignored claims, levels, paths), sourceReview.severity.<kind> and
// sourceReview.enable — each hides or changes exactly what it names, and the report lists what is hidden.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findingsAt, OpenDoc, ours } from './actionsKit';
import { DRAFT, DRAFT_TXT, WIRE, WIRE_A, WIRE_B } from './ferry';
import { buildOnce, LspClient, uriOf, waitFor, writeWorkspace, type Diagnostic } from './harness';

type Claims = { role: string | null; findings: { id: string; kind: string; text: string }[] };

const severityOf = (ds: Diagnostic[], text: string, kind: string, needle: string) => findingsAt(ds, text, kind, needle)[0]?.severity;

describe('lsp: suppression and levels', function () {
  this.timeout(30000);
  let dir: string;
  let client: LspClient;
  let draft: OpenDoc;
  const file = () => path.join(dir, '.source-review.json');

  /** Writes (or, with null, deletes) .source-review.json and tells the server, as a file watcher would. */
  async function writeSettingsFile(content: string | null): Promise<void> {
    const existed = fs.existsSync(file());
    if (content === null) fs.rmSync(file(), { force: true });
    else fs.writeFileSync(file(), content);
    await client.filesChanged([{ uri: uriOf(file()), type: content === null ? 3 : existed ? 2 : 1 }]);
  }

  async function report(uri?: string): Promise<string> {
    return (await client.request<{ markdown: string }>('sourceReview/report', uri ? { uri } : {})).markdown;
  }

  before(async () => {
    buildOnce();
    dir = writeWorkspace({ '001_coastline_wire.txt': WIRE, 'draft_ferry.md': DRAFT });
    client = new LspClient();
    await client.initialize([dir]);
    draft = new OpenDoc(client, uriOf(path.join(dir, 'draft_ferry.md')), DRAFT);
    await draft.open();
    await draft.finding('figure-conflict', 'About 520');
  });
  after(async () => {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  afterEach(async () => {
    if (fs.existsSync(file())) await writeSettingsFile(null);
    if (JSON.stringify(client.settings) !== '{}') {
      client.settings = {};
      await client.configurationChanged();
    }
    if (draft.text !== DRAFT) await draft.set(DRAFT);
    await draft.published((ds) => findingsAt(ds, DRAFT, 'figure-conflict', 'About 520').length > 0);
  });

  it('a Markdown comment hides the finding on the next line only; the report lists it with the reason', async () => {
    const text = DRAFT.replace('About 520 passengers', '<!-- source-review-ignore-next-line -->\nAbout 520 passengers');
    await draft.set(text);
    const p = await draft.published();
    assert.deepEqual(findingsAt(p.diagnostics, text, 'figure-conflict', 'About 520'), []);
    assert.ok(findingsAt(p.diagnostics, text, 'time-conflict', '9:15').length > 0);
    const md = await report(draft.uri);
    assert.match(md, /## Suppressed findings\n\n\| Article \| Line \| Kind \| Claim \| Why hidden \|\n.*\n\| draft_ferry \(draft\) \| 6 \| figure-conflict \| About 520 passengers \| ignore comment on line 5 \|/);
    assert.match(md, /1 more is hidden/);
  });

  it('a comment naming another kind hides nothing', async () => {
    const text = DRAFT.replace('About 520 passengers', '<!-- source-review-ignore-next-line quote-mismatch -->\nAbout 520 passengers');
    await draft.set(text);
    const p = await draft.published();
    assert.ok(findingsAt(p.diagnostics, text, 'figure-conflict', 'About 520').length > 0);
  });

  it('a plain-text draft takes the bracket form', async () => {
    const txt = new OpenDoc(client, uriOf(path.join(dir, 'draft_ferry_notes.txt')), DRAFT_TXT.replace('The ferry struck', '[source-review: ignore-next-line time-conflict]\nThe ferry struck'));
    await txt.open();
    try {
      const p = await txt.published((ds) => findingsAt(ds, txt.text, 'figure-conflict', 'About 520').length > 0);
      assert.deepEqual(findingsAt(p.diagnostics, txt.text, 'time-conflict', '9:15'), []);
      await txt.set(txt.text.replace('[source-review: ignore-next-line time-conflict]\n', ''));
      await txt.published((ds) => findingsAt(ds, txt.text, 'time-conflict', '9:15').length > 0);
    } finally {
      await client.close(txt.uri);
    }
  });

  it('.source-review.json: an ignored finding (by id and path) is hidden when the file appears, back when it goes', async () => {
    const claims = await client.request<Claims>('sourceReview/claims', { uri: draft.uri });
    const target = claims.findings.find((f) => f.kind === 'figure-conflict' && f.text === 'About 520 passengers');
    assert.ok(target, JSON.stringify(claims.findings));
    await writeSettingsFile(JSON.stringify({ ignoreFindings: [{ id: target.id, path: 'draft_ferry.md' }] }));
    await waitFor('the finding hidden', () => findingsAt(client.latest(draft.uri)?.diagnostics ?? [], DRAFT, 'figure-conflict', 'About 520').length === 0);
    assert.match(await report(), /\| About 520 passengers \| ignored finding in \.source-review\.json \|/);
    await writeSettingsFile(null);
    await waitFor('the finding back', () => findingsAt(client.latest(draft.uri)?.diagnostics ?? [], DRAFT, 'figure-conflict', 'About 520').length > 0);
  });

  it('.source-review.json: an entry for another path hides nothing; a path outside the folder is refused with a warning', async () => {
    const claims = await client.request<Claims>('sourceReview/claims', { uri: draft.uri });
    const target = claims.findings.find((f) => f.kind === 'figure-conflict')!;
    const logs = client.logs.length;
    await writeSettingsFile(JSON.stringify({
      ignoreFindings: [{ id: target.id, path: 'desk/draft_ferry.md' }, { id: target.id, path: '../draft_ferry.md' }],
      severity: { 'time-conflict': 'error' },
    }));
    // The levels apply (so the file was read), the two entries do not.
    await waitFor('the file read', () => severityOf(client.latest(draft.uri)?.diagnostics ?? [], DRAFT, 'time-conflict', '9:15') === 1);
    assert.ok(findingsAt(client.latest(draft.uri)!.diagnostics, DRAFT, 'figure-conflict', 'About 520').length > 0);
    await waitFor('a warning about the path', () => client.logs.slice(logs).some((l) => l.includes('../draft_ferry.md') && /not a relative path inside the folder/.test(l)));
  });

  it('.source-review.json: an ignored claim is hidden in every article that has it', async () => {
    const other = new OpenDoc(client, uriOf(path.join(dir, 'draft_ferry_update.md')), `# Update\n\n${DRAFT.split('\n')[4]}\n`);
    await other.open();
    try {
      await other.finding('figure-conflict', 'About 520');
      await writeSettingsFile('{\n  // both drafts\n  "ignoreClaims": [ { "kind": "figure-conflict", "text": "about 520 PASSENGERS" } ],\n}\n');
      await waitFor('hidden in both drafts', () =>
        findingsAt(client.latest(draft.uri)?.diagnostics ?? [], DRAFT, 'figure-conflict', 'About 520').length === 0 &&
        findingsAt(client.latest(other.uri)?.diagnostics ?? [], other.text, 'figure-conflict', 'About 520').length === 0);
      assert.ok(findingsAt(client.latest(draft.uri)!.diagnostics, DRAFT, 'time-conflict', '9:15').length > 0, 'the claim entry hid another claim');
    } finally {
      await client.close(other.uri);
    }
  });

  it('.source-review.json: levels per kind — error, information, off (listed as hidden)', async () => {
    await writeSettingsFile(JSON.stringify({ severity: { 'figure-conflict': 'error', 'quote-mismatch': 'information', 'unsourced-claim': 'off' } }));
    const ds = await waitFor('the levels', () => {
      const d = client.latest(draft.uri)?.diagnostics ?? [];
      return severityOf(d, DRAFT, 'figure-conflict', 'About 520') === 1 ? d : undefined;
    });
    assert.equal(severityOf(ds, DRAFT, 'quote-mismatch', 'badly'), 3);
    assert.equal(severityOf(ds, DRAFT, 'time-conflict', '9:15'), 2, 'an unnamed kind keeps its level');
    assert.deepEqual(ours(ds).filter((d) => d.code === 'unsourced-claim'), []);
    assert.match(await report(draft.uri), /unsourced-claim is off in \.source-review\.json severity/);
  });

  for (const [level, code] of [['error', 1], ['warning', 2], ['information', 3], ['hint', 4]] as const) {
    it(`sourceReview.severity.figure-conflict = ${level} gives severity ${code}, other kinds unchanged`, async () => {
      client.settings = { severity: { 'figure-conflict': level } };
      await client.configurationChanged();
      const ds = await waitFor(`severity ${code}`, () => {
        const d = client.latest(draft.uri)?.diagnostics ?? [];
        return severityOf(d, DRAFT, 'figure-conflict', 'About 520') === code ? d : undefined;
      });
      assert.equal(severityOf(ds, DRAFT, 'time-conflict', '9:15'), 2);
    });
  }

  it('sourceReview.severity.<kind> = off hides the kind and wins over the file; "default" leaves the file in charge', async () => {
    await writeSettingsFile(JSON.stringify({ severity: { 'time-conflict': 'error', 'figure-conflict': 'error' } }));
    client.settings = { severity: { 'time-conflict': 'off', 'figure-conflict': 'default' } };
    await client.configurationChanged();
    const ds = await waitFor('time off, figure from the file', () => {
      const d = client.latest(draft.uri)?.diagnostics ?? [];
      return findingsAt(d, DRAFT, 'time-conflict', '9:15').length === 0 && severityOf(d, DRAFT, 'figure-conflict', 'About 520') === 1 ? d : undefined;
    });
    assert.ok(findingsAt(ds, DRAFT, 'quote-mismatch', 'badly').length > 0);
    assert.match(await report(), /time-conflict is off in sourceReview\.severity/);
  });

  it('a wrong level falls back to the default with a warning', async () => {
    const logs = client.logs.length;
    client.settings = { severity: { 'figure-conflict': 'loud' }, run: 'sometimes' };
    await client.configurationChanged();
    await waitFor('warnings', () => client.logs.slice(logs).some((l) => /severity\.figure-conflict/.test(l)) && client.logs.slice(logs).some((l) => /sourceReview\.run/.test(l)));
    assert.equal(severityOf(client.latest(draft.uri)!.diagnostics, DRAFT, 'figure-conflict', 'About 520'), 2);
  });

  it('sourceReview.enable = false clears the folder\'s findings and leaves its articles unread; true brings them back', async () => {
    client.settings = { enable: false };
    await client.configurationChanged();
    await waitFor('diagnostics cleared', () => client.latest(draft.uri)?.diagnostics.length === 0);
    const r = await client.request<Claims>('sourceReview/claims', { uri: draft.uri });
    assert.equal(r.role, null);
    const lenses = await client.request<unknown[]>('textDocument/codeLens', { textDocument: { uri: draft.uri } });
    assert.deepEqual(lenses, []);
    client.settings = {};
    await client.configurationChanged();
    await waitFor('diagnostics back', () => findingsAt(client.latest(draft.uri)?.diagnostics ?? [], DRAFT, 'figure-conflict', 'About 520').length > 0);
  });
});

describe('lsp: suppression in sources', function () {
  this.timeout(30000);
  let dir: string;
  let client: LspClient;

  before(() => buildOnce());
  after(async () => {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('a bracket comment in a plain-text source hides its side of a conflict between sources, not the other side', async () => {
    dir = writeWorkspace({
      '001_coastline_wire.txt': WIRE_A.replace('By 10 a.m. GMT', '[source-review: ignore-next-line]\nBy 10 a.m. GMT'),
      '002_harbour_gazette.txt': WIRE_B,
    });
    client = new LspClient();
    await client.initialize([dir]);
    await client.waitForArticles(2);
    const a = new OpenDoc(client, uriOf(path.join(dir, '001_coastline_wire.txt')), fs.readFileSync(path.join(dir, '001_coastline_wire.txt'), 'utf8'));
    const b = new OpenDoc(client, uriOf(path.join(dir, '002_harbour_gazette.txt')), WIRE_B);
    await a.open();
    await b.open();
    await b.finding('figure-conflict', '640 passengers');
    const pa = await a.published();
    assert.deepEqual(ours(pa.diagnostics), []);
    // Without the comment, the first source has its finding too: the comment was what hid it.
    await a.set(WIRE_A);
    await a.finding('figure-conflict', 'about 310');
  });
});
