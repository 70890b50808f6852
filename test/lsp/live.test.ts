// The live review set over stdio: what is re-checked after a keystroke, a source edit, a file
// created, changed, deleted or renamed (files and folders), and settings resolved per folder.
// Driven by the real JSON-RPC client of harness.ts; every wait has a timeout, none is a fixed sleep.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildOnce, LspClient, positionOf, uriOf, waitFor, writeWorkspace, type Diagnostic, type Published } from './harness';

// A story of our own: a signal failure at a railway station, told by two outlets and two drafts.
const WIRE = [
  'BRACKLEY, England, June 6 (Northern Wire) - A signal failure stranded commuters at Brackley station on Friday.',
  '',
  '612 passengers were stranded at 5:30 p.m. on Friday, station manager Priya Nair said.',
  '',
  '“We had every spare bus on the road within the hour,” Nair said.',
  '',
].join('\n');

const ECHO = [
  'BRACKLEY (Valley Echo) - Trains stopped at Brackley station on Friday evening.',
  '',
  '612 passengers were stranded at 5:30 p.m. on Friday, according to the rail operator.',
  '',
].join('\n');

const DRAFT = [
  '# Signal failure strands Brackley commuters',
  '',
  '640 passengers were stranded at 5:30 p.m. on Friday.',
  '',
  'Station manager Priya Nair said buses were sent within the hour.',
  '',
].join('\n');

const SECOND_DRAFT = [
  '# Brackley commuters wait for buses',
  '',
  'Rail staff said 640 passengers were stranded at 5:30 p.m. on Friday.',
  '',
].join('\n');

const ours = (ds: Diagnostic[]) => ds.filter((d) => d.source === 'Source Review');
const figureConflicts = (p: Published | undefined) => ours(p?.diagnostics ?? []).filter((d) => d.code === 'figure-conflict');
/** The uris a published figure conflict points at as evidence. */
const evidence = (p: Published | undefined) => figureConflicts(p).flatMap((d) => (d.relatedInformation ?? []).map((r) => r.location.uri)).sort();

describe('lsp: the live review set', function () {
  this.timeout(30000);
  before(() => buildOnce());

  describe('edits, source changes and files on disk', () => {
    let dir: string;
    let client: LspClient;
    const file = (name: string) => path.join(dir, name);
    const uri = (name: string) => uriOf(file(name));
    let draft: string;
    let second: string;

    /** Waits until the latest diagnostics of `doc` satisfy `accept`. */
    const settle = (doc: string, what: string, accept: (p: Published | undefined) => boolean) =>
      waitFor(what, () => accept(client.latest(doc)) && client.latest(doc));

    before(async () => {
      dir = writeWorkspace({ '001_northern_wire.txt': WIRE, '002_valley_echo.txt': ECHO, 'wire/003_metro_wire.txt': ECHO.replace('Valley Echo', 'Metro Wire') });
      draft = uri('draft_brackley.md');
      second = uri('draft_buses.md');
      fs.writeFileSync(file('draft_brackley.md'), DRAFT);
      fs.writeFileSync(file('draft_buses.md'), SECOND_DRAFT);
      client = new LspClient();
      client.settings = { debounceMs: 0 };
      await client.initialize([dir]);
      await client.waitForArticles(5);
      await client.open(draft, DRAFT, 'markdown', 1);
      await client.open(second, SECOND_DRAFT, 'markdown', 1);
      await client.waitForDiagnostics(draft, (p) => figureConflicts(p).length > 0);
      await client.waitForDiagnostics(second, (p) => figureConflicts(p).length > 0);
    });
    after(async () => {
      await client.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    });

    it('registers watchers for article files and for created or deleted folders', () => {
      const watch = client.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles');
      const watchers = (watch?.registerOptions as { watchers: { globPattern: string; kind?: number }[] }).watchers;
      assert.ok(watchers.some((w) => w.globPattern === '**/*.{txt,md}' && w.kind === undefined));
      assert.ok(watchers.some((w) => w.globPattern === '**/*' && w.kind === (1 | 4)), JSON.stringify(watchers));
    });

    it('the draft conflicts with every source that states the figure', () => {
      assert.deepEqual(evidence(client.latest(draft)), [uri('001_northern_wire.txt'), uri('002_valley_echo.txt'), uriOf(path.join(dir, 'wire', '003_metro_wire.txt'))].sort());
    });

    it('a keystroke in a draft re-analyses that draft alone', async () => {
      const logsBefore = client.logs.length;
      await client.change(draft, 2, DRAFT.replace('Friday.', 'Friday. '));
      await client.waitForDiagnostics(draft, (p) => p.version === 2);
      const checks = await waitFor('a check log line', () => {
        const lines = client.logs.slice(logsBefore).filter((l) => l.startsWith('checked '));
        return lines.length > 0 && lines;
      });
      assert.match(checks[0], /^checked draft_brackley: analysis [\d.]+ ms, review and publish [\d.]+ ms \(1 document published; 5 articles in the review set\)$/);
      assert.ok(!checks.some((l) => /checked \d+ articles/.test(l)), checks.join('\n'));
    });

    it('stale versions are never published: each one published matches its own text', async () => {
      const since = client.published.length;
      // Figures of different lengths, so a diagnostic's range says which text it was made from.
      const figureOf = (v: number) => `6${'4'.repeat(v % 4)}0`;
      const texts = new Map<number, string>();
      for (let v = 3; v <= 26; v++) {
        texts.set(v, DRAFT.replace('640', figureOf(v)));
        void client.change(draft, v, texts.get(v)!);
      }
      await client.waitForDiagnostics(draft, (p) => p.version === 26, since);
      const mine = client.published.slice(since).filter((p) => p.uri === draft);
      const versions = mine.map((p) => p.version!);
      assert.deepEqual(versions, [...versions].sort((a, b) => a - b), `out of order: ${versions.join(', ')}`);
      assert.equal(new Set(versions).size, versions.length, `published twice: ${versions.join(', ')}`);
      for (const p of mine) {
        const text = texts.get(p.version!)!;
        for (const d of figureConflicts(p)) {
          const line = text.split('\n')[d.range.start.line];
          assert.ok(line.slice(d.range.start.character, d.range.end.character).includes(figureOf(p.version!)),
            `v${p.version}: the range covers “${line.slice(d.range.start.character, d.range.end.character)}”, not ${figureOf(p.version!)}`);
        }
      }
      await client.change(draft, 27, DRAFT);
      await client.waitForDiagnostics(draft, (p) => p.version === 27 && figureConflicts(p).length > 0, since);
    });

    it('editing an open source re-checks every open article that cites it', async () => {
      const wire = uri('001_northern_wire.txt');
      await client.open(wire, WIRE, 'plaintext', 1);
      // 001 now backs the drafts' figure: neither draft changed, yet both lose the conflict
      // (a figure one source supports is not flagged, whatever the others say).
      const logsBefore = client.logs.length;
      await client.change(wire, 2, WIRE.replace('612 passengers', '640 passengers'));
      for (const doc of [draft, second]) await settle(doc, `${path.basename(doc)} without the conflict`, (p) => !!p && figureConflicts(p).length === 0);
      // Only the edited source was analysed again; the open articles were re-checked and published.
      const line = client.logs.slice(logsBefore).find((l) => l.startsWith('checked 001:'));
      assert.ok(line, client.logs.slice(logsBefore).join('\n'));
      assert.ok(Number(/\((\d+) documents published/.exec(line)?.[1]) >= 2, line);
      await client.change(wire, 3, WIRE);
      for (const doc of [draft, second]) await settle(doc, `${path.basename(doc)} with the conflict again`, (p) => evidence(p).includes(wire));
      await client.close(wire);
    });

    it('a source changed on disk is re-read and the open articles re-checked', async () => {
      const echo = uri('002_valley_echo.txt');
      fs.writeFileSync(file('002_valley_echo.txt'), ECHO.replace('612 passengers', '640 passengers'));
      await client.filesChanged([{ uri: echo, type: 2 }]);
      for (const doc of [draft, second]) await settle(doc, `${path.basename(doc)} without the conflict`, (p) => !!p && figureConflicts(p).length === 0);
      fs.writeFileSync(file('002_valley_echo.txt'), ECHO);
      await client.filesChanged([{ uri: echo, type: 2 }]);
      for (const doc of [draft, second]) await settle(doc, `${path.basename(doc)} with 002 again`, (p) => evidence(p).includes(echo));
    });

    it('a renamed source: its findings follow the new name', async () => {
      const before = uri('002_valley_echo.txt');
      const after = uri('007_valley_echo.txt');
      fs.renameSync(file('002_valley_echo.txt'), file('007_valley_echo.txt'));
      await client.filesChanged([{ uri: before, type: 3 }, { uri: after, type: 1 }]);
      await settle(draft, 'the evidence under its new name', (p) => evidence(p).includes(after) && !evidence(p).includes(before));
      const d = figureConflicts(client.latest(draft)).find((x) => (x.relatedInformation ?? []).some((r) => r.location.uri === after));
      assert.match(d!.relatedInformation!.find((r) => r.location.uri === after)!.message, /^007: /);
      fs.renameSync(file('007_valley_echo.txt'), file('002_valley_echo.txt'));
      await client.filesChanged([{ uri: after, type: 3 }, { uri: before, type: 1 }]);
      await settle(draft, 'the evidence under its old name', (p) => evidence(p).includes(before) && !evidence(p).includes(after));
    });

    it('a renamed folder: one event for the folder, every article in it follows', async () => {
      const oldFolder = path.join(dir, 'wire');
      const newFolder = path.join(dir, 'archive.2024-06'); // a dotted folder name is still a folder
      fs.renameSync(oldFolder, newFolder);
      // What a client watching `**/*` for creations and deletions sends: the folder itself.
      await client.filesChanged([{ uri: uriOf(oldFolder), type: 3 }, { uri: uriOf(newFolder), type: 1 }]);
      const moved = uriOf(path.join(newFolder, '003_metro_wire.txt'));
      await settle(draft, 'the evidence in the renamed folder', (p) => evidence(p).includes(moved) && !evidence(p).some((u) => u.includes('/wire/')));
      fs.renameSync(newFolder, oldFolder);
      await client.filesChanged([{ uri: uriOf(newFolder), type: 3 }, { uri: uriOf(oldFolder), type: 1 }]);
      await settle(draft, 'the evidence back in wire/', (p) => evidence(p).some((u) => u.includes('/wire/')) && !evidence(p).includes(moved));
      await client.waitForArticles(5);
    });

    it('deleted sources: their findings disappear from every open article', async () => {
      const saved = new Map<string, string>();
      for (const name of ['001_northern_wire.txt', '002_valley_echo.txt', 'wire/003_metro_wire.txt']) {
        saved.set(name, fs.readFileSync(file(name), 'utf8'));
        fs.rmSync(file(name));
      }
      await client.filesChanged([{ uri: uri('001_northern_wire.txt'), type: 3 }, { uri: uri('002_valley_echo.txt'), type: 3 }, { uri: uriOf(path.join(dir, 'wire')), type: 3 }]);
      await client.waitForArticles(2);
      for (const doc of [draft, second]) await settle(doc, `${path.basename(doc)} without findings`, (p) => !!p && figureConflicts(p).length === 0);
      const s = await client.request<{ name: string }[]>('sourceReview/speakers', {});
      assert.ok(!s.some((x) => /Nair/.test(x.name) && JSON.stringify(x).includes('001')), 'the deleted source still has speakers');
      for (const [name, text] of saved) fs.writeFileSync(file(name), text);
      await client.filesChanged([{ uri: uri('001_northern_wire.txt'), type: 1 }, { uri: uri('002_valley_echo.txt'), type: 1 }, { uri: uriOf(path.join(dir, 'wire')), type: 1 }]);
      await client.waitForArticles(5);
      for (const doc of [draft, second]) await settle(doc, `${path.basename(doc)} with findings again`, (p) => evidence(p).length === 3);
    });

    it('an open source deleted on disk leaves the review set until it is saved again', async () => {
      const wire = uri('001_northern_wire.txt');
      await client.open(wire, WIRE, 'plaintext', 1);
      await client.waitForDiagnostics(wire, (p) => p.version === 1);
      fs.rmSync(file('001_northern_wire.txt'));
      await client.filesChanged([{ uri: wire, type: 3 }]);
      await settle(draft, 'the draft without 001', (p) => figureConflicts(p).length > 0 && !evidence(p).includes(wire));
      assert.equal((await client.request<{ role: unknown }>('sourceReview/claims', { uri: wire })).role, null);
      fs.writeFileSync(file('001_northern_wire.txt'), WIRE);
      await client.connection.sendNotification('textDocument/didSave', { textDocument: { uri: wire } });
      await settle(draft, 'the draft with 001 again', (p) => evidence(p).includes(wire));
      await client.close(wire);
    });

    it('hover on a quoted speaker: a row per article, quoted, named or not mentioned', async () => {
      const h = await client.hover(draft, positionOf(DRAFT, 'Priya Nair', 3));
      assert.ok(h, 'no hover on Priya Nair');
      const md = h.contents.value;
      assert.match(md, /\*\*Priya Nair\*\*/);
      assert.match(md, /\| Source \| Wording \| Value \| Relation \|/);
      assert.match(md, /\| draft\\_brackley \(this\) \| Priya Nair \|.*\| named \|/);
      const wire = uri('001_northern_wire.txt').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      assert.match(md, new RegExp(`\\| \\[001\\]\\(${wire}#L5,1-L5,\\d+\\) \\| “We had every spare bus on the road within the hour,” \\| .*\\| quoted \\|`));
      assert.match(md, /\| \[002\]\(file:[^)]*002_valley_echo\.txt\) \| — \| — \| not mentioned \|/);
    });

    it('hover on a quotation: a row for the source that has the same words', async () => {
      const text = '# Buses\n\n“We had every spare bus on the road within the hour,” Nair said.\n';
      const note = 'untitled:Untitled-7';
      await client.open(note, text, 'markdown', 1);
      await client.waitForDiagnostics(note, (p) => p.version === 1);
      const h = await client.hover(note, positionOf(text, 'spare bus'));
      assert.ok(h, 'no hover on the quotation');
      assert.match(h.contents.value, /^\*\*Source Review\*\* · quote /);
      assert.match(h.contents.value, /\| \[001\]\([^)]*001_northern_wire\.txt#L5,\d+-L5,\d+\) \| “We had every spare bus on the road within the hour,” \|[^\n]*✓ agrees \|/);
      await client.close(note);
    });

    it('hover on a figure: linked rows select the source’s words', async () => {
      const h = await client.hover(draft, positionOf(DRAFT, '640', 1));
      assert.ok(h, 'no hover on 640');
      const wire = uri('001_northern_wire.txt').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      // 612 passengers is on line 3, characters 1 to 15 (1-based, end exclusive).
      assert.match(h.contents.value, new RegExp(`\\[001\\]\\(${wire}#L3,1-L3,15\\) \\| “612 passengers[^|]*” \\| 612 passengers \\| ✗ \\*\\*conflicts\\*\\* \\|`));
    });
  });

  describe('settings resolved per folder', () => {
    let sources: string;
    let calm: string;
    let strict: string;
    let client: LspClient;

    before(async () => {
      sources = writeWorkspace({ '001_northern_wire.txt': WIRE, '002_valley_echo.txt': ECHO });
      calm = writeWorkspace({ 'draft_calm.md': DRAFT });
      strict = writeWorkspace({ 'draft_strict.md': DRAFT });
      client = new LspClient();
      client.settings = { debounceMs: 0 };
      client.settingsByScope.set(uriOf(calm), { figureTolerance: 0.1, debounceMs: 1500 });
      client.settingsByScope.set(uriOf(strict), { debounceMs: 0 });
      await client.initialize([sources, calm, strict]);
      await client.waitForArticles(4);
    });
    after(async () => {
      await client.stop();
      for (const d of [sources, calm, strict]) fs.rmSync(d, { recursive: true, force: true });
    });

    it('figureTolerance applies to the articles of its own folder only', async () => {
      const calmUri = uriOf(path.join(calm, 'draft_calm.md'));
      const strictUri = uriOf(path.join(strict, 'draft_strict.md'));
      await client.open(calmUri, DRAFT, 'markdown', 1);
      await client.open(strictUri, DRAFT, 'markdown', 1);
      await client.waitForDiagnostics(strictUri, (p) => figureConflicts(p).length > 0);
      const p = await client.waitForDiagnostics(calmUri, (x) => x.version === 1);
      assert.equal(figureConflicts(p).length, 0, '640 is within 10% of 612');
      // Changed without a restart: the calm folder turns strict.
      client.settingsByScope.set(uriOf(calm), { figureTolerance: 0, debounceMs: 1500 });
      await client.configurationChanged();
      await client.waitForDiagnostics(calmUri, (x) => figureConflicts(x).length > 0);
    });

    it('debounceMs is per document: a quick folder is not held up by a slow one', async () => {
      const calmUri = uriOf(path.join(calm, 'draft_calm.md'));
      const strictUri = uriOf(path.join(strict, 'draft_strict.md'));
      const since = client.published.length;
      const t0 = Date.now();
      await client.change(calmUri, 2, DRAFT.replace('Friday.', 'Friday evening.'));
      await client.change(strictUri, 2, DRAFT.replace('Friday.', 'Friday evening.'));
      await client.waitForDiagnostics(strictUri, (p) => p.version === 2, since);
      const quick = Date.now() - t0;
      assert.equal(client.published.slice(since).some((p) => p.uri === calmUri && p.version === 2), false, 'the slow folder published before its quiet time');
      await client.waitForDiagnostics(calmUri, (p) => p.version === 2, since);
      const slow = Date.now() - t0;
      assert.ok(quick < 1000, `debounceMs 0 published after ${quick} ms`);
      assert.ok(slow >= 1400, `debounceMs 1500 published after ${slow} ms`);
    });
  });
});
