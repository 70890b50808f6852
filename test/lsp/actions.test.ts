// Quick fixes over stdio: for every kind of finding, the code action's edit is applied to the draft,
// the server re-checks it, and the finding is gone. Also the "Ignore …" actions: a comment above the
// line, and the two entries the server writes to .source-review.json.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyEdits, codeActions, editsFor, findingsAt, OpenDoc, ours, type CodeAction } from './actionsKit';
import { DRAFT, WIRE } from './ferry';
import { buildOnce, LspClient, uriOf, waitFor, writeWorkspace, type Diagnostic } from './harness';

describe('lsp: quick fixes', function () {
  this.timeout(30000);
  let dir: string;
  let client: LspClient;
  let draft: OpenDoc;
  let capabilities: Record<string, unknown>;

  before(async () => {
    buildOnce();
    dir = writeWorkspace({ '001_coastline_wire.txt': WIRE, 'draft_ferry.md': DRAFT });
    client = new LspClient();
    capabilities = (await client.initialize([dir])).capabilities;
    draft = new OpenDoc(client, uriOf(path.join(dir, 'draft_ferry.md')), DRAFT);
    await draft.open();
    await draft.published();
  });
  after(async () => {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  // Every test starts from the draft as written, with no .source-review.json.
  beforeEach(async () => {
    fs.rmSync(path.join(dir, '.source-review.json'), { force: true });
    if (draft.text !== DRAFT) {
      await draft.set(DRAFT);
      await draft.published();
    }
  });

  it('declares quick fixes, CodeLens and the two ignore commands', () => {
    assert.deepEqual(capabilities.codeActionProvider, { codeActionKinds: ['quickfix'] });
    assert.deepEqual(capabilities.codeLensProvider, { resolveProvider: false });
    assert.deepEqual((capabilities.executeCommandProvider as { commands: string[] }).commands.sort(), ['_sourceReview.ignoreClaim', '_sourceReview.ignoreFinding']);
  });

  /** Applies the action's edit to the draft, sends it, and waits until the finding is gone. */
  async function applyAndRecheck(action: CodeAction, kind: string, needleAfter: string): Promise<void> {
    const edits = editsFor(action.edit, draft.uri);
    assert.ok(edits.length > 0, `"${action.title}" has no edit for the draft`);
    const next = applyEdits(draft.text, edits);
    await draft.set(next);
    const p = await draft.published();
    assert.deepEqual(findingsAt(p.diagnostics, next, kind, needleAfter), [], `${kind} still reported after "${action.title}"`);
  }

  const cases: { kind: string; needle: string; title: RegExp; after: string; changed: [string, string] }[] = [
    { kind: 'figure-conflict', needle: 'About 520', title: /^Use source 001: About 310 passengers$/, after: 'About 310', changed: ['About 520 passengers', 'About 310 passengers'] },
    { kind: 'time-conflict', needle: '9:15 a.m.', title: /^Use source 001: 7:40 a\.m\. GMT$/, after: '7:40 a.m.', changed: ['9:15 a.m. GMT', '7:40 a.m. GMT'] },
    { kind: 'quote-mismatch', needle: 'badly', title: /^Use source 001: “seriously”$/, after: 'seriously', changed: ['nobody was badly hurt', 'nobody was seriously hurt'] },
    { kind: 'attribution-conflict', needle: '"We expect', title: /^Use source 001: credit Wren$/, after: '"We expect', changed: ['evening tide," Calloway said.', 'evening tide," Wren said.'] },
    { kind: 'attribution-conflict', needle: 'Radio Lellan', title: /^Use source 001: the Harbour Gazette instead of Radio Lellan$/, after: 'the Harbour Gazette', changed: ['Calloway told Radio Lellan.', 'Calloway told the Harbour Gazette.'] },
  ];

  for (const c of cases) {
    it(`${c.kind} at “${c.needle}”: the preferred fix edits only the claim's words, and the finding is gone`, async () => {
      const d = await draft.finding(c.kind, c.needle);
      const actions = await codeActions(client, draft.uri, d);
      const fix = actions.find((a) => c.title.test(a.title));
      assert.ok(fix, `no fix matching ${c.title}; offered: ${actions.map((a) => a.title).join(' | ')}`);
      assert.equal(fix.isPreferred, true);
      assert.equal(fix.kind, 'quickfix');
      assert.deepEqual(fix.diagnostics?.map((x) => x.message), [d.message]);
      const after = applyEdits(draft.text, editsFor(fix.edit, draft.uri));
      assert.equal(after, draft.text.replace(c.changed[0], c.changed[1]), 'the edit changed more than the claim');
      await applyAndRecheck(fix, c.kind, c.after);
    });
  }

  for (const [needle, what] of [['90,000 people', 'figure'], ['"We will review', 'quotation']] as const) {
    it(`unsourced ${what}: "Insert [source needed] marker" puts the marker at the end of its sentence, and the finding is hidden as marked`, async () => {
      const d = await draft.finding('unsourced-claim', needle);
      const actions = await codeActions(client, draft.uri, d);
      const fix = actions.find((a) => a.title === 'Insert [source needed] marker');
      assert.ok(fix, actions.map((a) => a.title).join(' | '));
      assert.equal(fix.isPreferred, true);
      const edits = editsFor(fix.edit, draft.uri);
      assert.equal(edits.length, 1);
      assert.equal(edits[0].newText, ' [source needed]');
      assert.deepEqual(edits[0].range.start, edits[0].range.end, 'the marker is inserted, nothing replaced');
      await applyAndRecheck(fix, 'unsourced-claim', needle);
      const report = await client.request<{ markdown: string }>('sourceReview/report', { uri: draft.uri });
      assert.match(report.markdown, /## Suppressed findings[\s\S]*unsourced-claim[\s\S]*marked \[source needed\]/);
    });
  }

  it('no fix offers to rewrite a source; its findings get only the ignore actions', async () => {
    const a = path.join(dir, '002_harbour_gazette.txt');
    fs.writeFileSync(a, WIRE.replace('About 310 passengers were brought ashore', 'About 310 passengers were brought ashore by 10 a.m. GMT').replace('nobody was seriously hurt', 'nobody was badly hurt'));
    await client.filesChanged([{ uri: uriOf(a), type: 1 }]);
    try {
      const source = new OpenDoc(client, uriOf(a), fs.readFileSync(a, 'utf8'));
      await source.open();
      const d = await source.finding('quote-mismatch', 'badly');
      const titles = (await codeActions(client, source.uri, d)).map((x) => x.title);
      assert.ok(titles.length > 0);
      assert.ok(titles.every((t) => t.startsWith('Ignore ')), titles.join(' | '));
      await client.close(source.uri);
    } finally {
      fs.rmSync(a);
      await client.filesChanged([{ uri: uriOf(a), type: 3 }]);
    }
  });

  it('"Ignore … on this line" adds an HTML comment above the line; the finding goes, its neighbours stay', async () => {
    const d = await draft.finding('figure-conflict', 'About 520');
    const actions = await codeActions(client, draft.uri, d);
    const ignore = actions.find((a) => /^Ignore figure-conflict on this line \(adds an HTML comment above it\)$/.test(a.title));
    assert.ok(ignore, actions.map((a) => a.title).join(' | '));
    const next = applyEdits(draft.text, editsFor(ignore.edit, draft.uri));
    assert.match(next, /\n<!-- source-review-ignore-next-line figure-conflict -->\nAbout 520 passengers/);
    await draft.set(next);
    const p = await draft.published();
    assert.deepEqual(findingsAt(p.diagnostics, next, 'figure-conflict', 'About 520'), []);
    assert.ok(findingsAt(p.diagnostics, next, 'time-conflict', '9:15').length > 0, 'the time conflict went too');
    // The comment moves with its line: an edit above it keeps the finding hidden.
    await draft.set(`Late update.\n\n${next}`);
    const moved = await draft.published();
    assert.deepEqual(findingsAt(moved.diagnostics, draft.text, 'figure-conflict', 'About 520'), []);
  });

  async function runCommand(action: CodeAction): Promise<{ file: string; added: boolean }> {
    assert.ok(action.command, `"${action.title}" has no command`);
    return client.request('workspace/executeCommand', { command: action.command.command, arguments: action.command.arguments });
  }

  it('"Ignore this finding" says it writes .source-review.json, writes the id and path there, and the finding goes', async () => {
    const d = await draft.finding('time-conflict', '9:15 a.m.');
    const actions = await codeActions(client, draft.uri, d);
    const ignore = actions.find((a) => a.title === 'Ignore this time-conflict in draft_ferry.md (writes .source-review.json)');
    assert.ok(ignore, actions.map((a) => a.title).join(' | '));
    const since = client.published.length;
    const r = await runCommand(ignore);
    assert.equal(r.file, path.join(dir, '.source-review.json'));
    assert.equal(r.added, true);
    const file = JSON.parse(fs.readFileSync(r.file, 'utf8')) as { ignoreFindings: { id: string; path: string; text: string }[] };
    assert.equal(file.ignoreFindings.length, 1);
    assert.equal(file.ignoreFindings[0].path, 'draft_ferry.md');
    assert.equal(file.ignoreFindings[0].text, '9:15 a.m. GMT');
    assert.match(file.ignoreFindings[0].id, /^time-conflict:draft_ferry:/);
    const p = await client.waitForDiagnostics(draft.uri, (x) => findingsAt(x.diagnostics, draft.text, 'time-conflict', '9:15').length === 0, since);
    assert.ok(findingsAt(p.diagnostics, draft.text, 'figure-conflict', 'About 520').length > 0, 'other findings stay');
    // Asking again adds nothing.
    assert.equal((await runCommand(ignore)).added, false);
    // The id is stable across unrelated edits: the finding stays hidden after a new paragraph.
    await draft.set(`${DRAFT}\nThe harbour reopened at noon.\n`);
    const later = await draft.published();
    assert.deepEqual(findingsAt(later.diagnostics, draft.text, 'time-conflict', '9:15'), []);
  });

  it('"Ignore this claim everywhere" writes the claim\'s words and kind; the file keeps what was there', async () => {
    const existing = '{\n  // set by the desk\n  "severity": { "time-conflict": "warning" }\n}\n';
    fs.writeFileSync(path.join(dir, '.source-review.json'), existing);
    const d = await draft.finding('quote-mismatch', 'badly');
    const actions = await codeActions(client, draft.uri, d);
    const ignore = actions.find((a) => /^Ignore “badly” as quote-mismatch in every article \(writes \.source-review\.json\)$/.test(a.title));
    assert.ok(ignore, actions.map((a) => a.title).join(' | '));
    const since = client.published.length;
    await runCommand(ignore);
    const text = fs.readFileSync(path.join(dir, '.source-review.json'), 'utf8');
    assert.match(text, /\/\/ set by the desk/);
    assert.match(text, /"ignoreClaims": \[\n {4}\{ "kind": "quote-mismatch", "text": "badly" \}\n {2}\]/);
    await client.waitForDiagnostics(draft.uri, (x) => findingsAt(x.diagnostics, draft.text, 'quote-mismatch', 'badly').length === 0, since);
  });

  it('a client that does not send diagnostics back still gets the actions for the range', async () => {
    const d = await draft.finding('figure-conflict', 'About 520');
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: draft.uri }, range: d.range, context: { diagnostics: [] } });
    assert.ok(actions.some((a) => /^Use source 001/.test(a.title)), actions.map((a) => a.title).join(' | '));
    const none = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: draft.uri }, range: d.range, context: { diagnostics: [], only: ['refactor'] } });
    assert.deepEqual(none, []);
  });

  it('bad command arguments are refused without writing anything; the server carries on', async () => {
    await assert.rejects(client.request('workspace/executeCommand', { command: '_sourceReview.ignoreFinding', arguments: [{ uri: draft.uri, kind: 'rumour', text: 'x', id: 'y' }] }));
    await assert.rejects(client.request('workspace/executeCommand', { command: '_sourceReview.ignoreClaim', arguments: [] }));
    await assert.rejects(client.request('workspace/executeCommand', { command: '_sourceReview.ignoreClaim', arguments: [{ uri: 'file:///elsewhere/draft.md', kind: 'figure-conflict', text: 'x' }] }));
    assert.equal(fs.existsSync(path.join(dir, '.source-review.json')), false);
    assert.ok(client.alive);
  });

  it('never writes through a symbolic link', async function () {
    const outside = writeWorkspace({ 'elsewhere.json': '{}\n' });
    try {
      try {
        fs.symlinkSync(path.join(outside, 'elsewhere.json'), path.join(dir, '.source-review.json'));
      } catch {
        this.skip(); // no symlinks on this file system
      }
      const d: Diagnostic = await draft.finding('figure-conflict', 'About 520');
      const ignore = (await codeActions(client, draft.uri, d)).find((a) => a.command?.command === '_sourceReview.ignoreFinding');
      assert.ok(ignore);
      await assert.rejects(runCommand(ignore), /symbolic link/);
      assert.equal(fs.readFileSync(path.join(outside, 'elsewhere.json'), 'utf8'), '{}\n');
    } finally {
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });

  it('edits are made against the text the client has (every fix checks the claim is still there)', async () => {
    const d = await draft.finding('figure-conflict', 'About 520');
    // The editor moved on: the claim is now on another line; the actions follow the current text.
    await draft.set(`Breaking.\n\n${DRAFT}`);
    const actions = await codeActions(client, draft.uri, { ...d, range: { start: { line: d.range.start.line + 2, character: 0 }, end: { line: d.range.end.line + 2, character: d.range.end.character } } });
    const fix = actions.find((a) => /^Use source 001/.test(a.title));
    assert.ok(fix);
    assert.equal(applyEdits(draft.text, editsFor(fix.edit, draft.uri)), draft.text.replace('About 520', 'About 310'));
    await waitFor('the server to keep going', () => client.alive);
    assert.ok(ours((await draft.published()).diagnostics).length > 0);
  });
});
