// Faults the language server must survive (issue 7), through the real server over stdio: bad files
// (binary, oversized, invalid UTF-8, NUL past the binary sniff, lone surrogates in an open document),
// sources deleted and renamed while a check runs, 5,000 rapid didChange notifications, settings of
// the wrong type, a symlink loop, an unreadable folder, a killed server, and CRLF/CR/BOM documents.
// After each, the server must still answer. What server.test.ts already covers (one binary file, one
// oversized file, one wrong debounceMs) is not repeated here.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildOnce, LspClient, uriOf, waitFor, writeWorkspace, type Diagnostic, type Published } from './harness';
import { STORY, VARIANTS } from '../unit/robustness/story';

const SOURCE = [
  'MILLBROOK, Ky., Oct. 9 (Bluegrass Wire) - A grain silo collapse forced 640 people from their homes on Wednesday, county emergency manager Hollis Brandt said.',
  '',
  'The silo gave way at 4:15 a.m. CT, and the dust cloud drifted east, Brandt said.',
  '',
  '“We knocked on every door within half a mile before sunrise,” Brandt told reporters.',
  '',
].join('\n');

const DRAFT = [
  '# Silo collapse empties Millbrook streets',
  '',
  'A grain silo collapse forced 910 people from their homes on Wednesday.',
  '',
  'The silo gave way at 4:15 a.m. CT, emergency manager Hollis Brandt said.',
  '',
].join('\n');

const ours = (ds: Diagnostic[]) => ds.filter((d) => d.source === 'Source Review');
/** Diagnostics reduced to what the editor shows: where, what kind, what it says, and where else. */
const shown = (ds: Diagnostic[], root: string) => ours(ds).map((d) => ({
  range: d.range, code: d.code, message: d.message,
  related: (d.relatedInformation ?? []).map((r) => ({ uri: r.location.uri.replace(uriOf(root), 'ROOT'), range: r.location.range })),
}));

/** Answers a request: the server is alive and responsive. */
async function answers(client: LspClient): Promise<void> {
  assert.ok(client.alive, 'the server process exited');
  const s = await Promise.race([client.request<unknown[]>('sourceReview/speakers', {}), new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 10000))]);
  assert.ok(Array.isArray(s), `the server did not answer (${String(s)})`);
}

/** Crash reports in the server's log (the server logs instead of dying; these must not appear). */
const crashes = (client: LspClient) => client.logs.filter((l) => /uncaught exception|unhandled rejection|check failed/i.test(l));

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'source-review-faults-'));
}

describe('lsp: faults the server survives', function () {
  this.timeout(60000);
  before(() => buildOnce());

  describe('bad files in the workspace', () => {
    let dir: string;
    let client: LspClient;
    const big = 20_000;

    before(async () => {
      const valid = Buffer.from(`${'Crews worked through the night. '.repeat(300)}\n`);
      dir = writeWorkspace({
        '001_bluegrass_wire.txt': SOURCE,
        'utf16.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('640 people left.', 'utf16le')]),
        'late_invalid.md': Buffer.concat([valid, Buffer.from([0xc3, 0x28, 0x0a])]), // invalid UTF-8 after 9 KB of text
        'surrogate_half.txt': Buffer.from([0x31, 0x20, 0xed, 0xa0, 0x80, 0x0a]), // a UTF-8-encoded lone surrogate
        'late_nul.txt': Buffer.concat([valid, Buffer.from('640 people\u0000 left at 4:15 a.m. CT.\n')]), // a NUL after the 8 KB sniff: text
        'huge_binary.md': Buffer.alloc(big * 2, 0),
        'grows.txt': 'Short for now: 12 homes.\n',
      });
      client = new LspClient();
      client.settings = { maxFileSize: big };
      await client.initialize([dir]);
    });
    after(async () => {
      await client.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    });

    it('skips UTF-16, late invalid UTF-8, an encoded lone surrogate and an oversized binary, one clear line each', async () => {
      await client.waitForArticles(3); // 001, late_nul, grows
      const expect: Record<string, RegExp> = {
        'utf16.txt': /binary/,
        'late_invalid.md': /not valid UTF-8|larger than/,
        'surrogate_half.txt': /not valid UTF-8/,
        'huge_binary.md': /larger than sourceReview\.maxFileSize/,
      };
      for (const [name, why] of Object.entries(expect)) {
        const lines = client.logs.filter((l) => l.includes(name));
        assert.equal(lines.length, 1, `${name}: ${lines.join(' | ') || 'no log line'}`);
        assert.match(lines[0], why);
        assert.match(lines[0], /skipping/);
      }
    });

    it('re-reads and file events do not repeat the messages', async () => {
      for (let i = 0; i < 3; i++) {
        await client.filesChanged(['utf16.txt', 'late_invalid.md', 'surrogate_half.txt', 'huge_binary.md'].map((n) => ({ uri: uriOf(path.join(dir, n)), type: 2 as const })));
        await client.request('sourceReview/recheckAll', null);
      }
      for (const name of ['utf16.txt', 'late_invalid.md', 'surrogate_half.txt', 'huge_binary.md']) {
        assert.equal(client.logs.filter((l) => l.includes(name)).length, 1, `${name} logged again: ${client.logs.filter((l) => l.includes(name)).join(' | ')}`);
      }
      await answers(client);
    });

    it('a file that grows past maxFileSize leaves with one message and comes back when it shrinks', async () => {
      const file = path.join(dir, 'grows.txt');
      fs.writeFileSync(file, '640 people left. '.repeat(1500));
      await client.filesChanged([{ uri: uriOf(file), type: 2 }]);
      await client.waitForArticles(2);
      await waitFor('a message for grows.txt', () => client.logs.some((l) => l.includes('grows.txt')));
      await client.filesChanged([{ uri: uriOf(file), type: 2 }]);
      await client.request('sourceReview/recheckAll', null);
      assert.equal(client.logs.filter((l) => l.includes('grows.txt')).length, 1, client.logs.filter((l) => l.includes('grows.txt')).join(' | '));
      assert.match(client.logs.find((l) => l.includes('grows.txt'))!, /larger than sourceReview\.maxFileSize/);
      fs.writeFileSync(file, 'Short again: 12 homes.\n');
      await client.filesChanged([{ uri: uriOf(file), type: 2 }]);
      await client.waitForArticles(3);
      await answers(client);
    });

    it('an open document with NUL, lone surrogates and RTL marks gets diagnostics with ranges inside it', async () => {
      const uri = uriOf(path.join(dir, 'draft_odd.md'));
      const text = `${DRAFT}\n\u0000 \ud800 910 \udfff people \u202eשלום\u202c at 4:15 a.m. CT 😀\n`;
      await client.open(uri, text, 'markdown', 1);
      const p = await client.waitForDiagnostics(uri, (x) => x.version === 1);
      const lines = text.split('\n');
      for (const d of p.diagnostics) {
        for (const pos of [d.range.start, d.range.end]) {
          assert.ok(pos.line < lines.length && pos.character <= lines[pos.line].length, JSON.stringify(d.range));
        }
      }
      assert.ok(ours(p.diagnostics).some((d) => d.code === 'figure-conflict'), 'the draft figure still conflicts with 001');
      await client.close(uri);
      await answers(client);
      assert.deepEqual(crashes(client), []);
    });
  });

  describe('sources deleted and renamed while a check runs', () => {
    let dir: string;
    let client: LspClient;
    let draftUri: string;
    const N = 400;
    const name = (i: number) => `${String(i).padStart(3, '0')}_wire_${i}.txt`;

    before(async () => {
      const files: Record<string, string> = { 'draft_millbrook.md': DRAFT };
      for (let i = 1; i <= N; i++) files[name(i)] = SOURCE.replace('640', String(600 + (i % 80))).replace('Bluegrass Wire', `Wire ${i}`);
      dir = writeWorkspace(files);
      draftUri = uriOf(path.join(dir, 'draft_millbrook.md'));
      client = new LspClient();
      await client.initialize([dir]);
      await client.waitForArticles(N + 1, 30000);
      await client.open(draftUri, DRAFT, 'markdown', 1);
      await client.waitForDiagnostics(draftUri, (x) => x.version === 1, 0, 30000);
    });
    after(async () => {
      await client.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    });

    const onDisk = () => fs.readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f)).length;
    const articlesNow = async () => (await client.request<{ articles: number }>('sourceReview/recheckAll', null)).articles;

    it('deleting sources during a full re-read: the review set ends with exactly the files on disk', async () => {
      // Delete the files the scan reads first (readdir order), while it runs, and report each deletion.
      const order = fs.readdirSync(dir).filter((f) => f !== 'draft_millbrook.md');
      const recheck = client.request<{ articles: number }>('sourceReview/recheckAll', null);
      await new Promise((r) => setTimeout(r, 30));
      const gone = order.slice(0, 120);
      for (const f of gone) {
        fs.rmSync(path.join(dir, f));
        void client.filesChanged([{ uri: uriOf(path.join(dir, f)), type: 3 }]);
      }
      await recheck;
      // With every deletion reported, the server must not keep an article whose file is gone.
      await waitFor(`the review set to match the ${onDisk()} files on disk (last: ${client.reviewChanges.at(-1)?.articles})`,
        () => client.reviewChanges.at(-1)?.articles === onDisk(), 10000).catch(async (err) => {
        const claims = await Promise.all(gone.slice(0, 5).map((f) => client.request<{ role: unknown }>('sourceReview/claims', { uri: uriOf(path.join(dir, f)) })));
        throw new Error(`${(err as Error).message}; deleted sources still reviewed: ${claims.filter((c) => c.role !== null).length} of the first 5`);
      });
      await answers(client);
    });

    it('renaming sources back and forth during checks: the set converges on the names on disk', async () => {
      const names = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).slice(0, 60);
      for (let round = 0; round < 3; round++) {
        void client.request('sourceReview/recheckAll', null);
        for (const f of names) {
          const from = path.join(dir, round % 2 ? f.replace('.txt', '_renamed.txt') : f);
          const to = path.join(dir, round % 2 ? f : f.replace('.txt', '_renamed.txt'));
          fs.renameSync(from, to);
          void client.filesChanged([{ uri: uriOf(from), type: 3 }, { uri: uriOf(to), type: 1 }]);
        }
      }
      assert.equal(await articlesNow(), onDisk());
      const renamed = await client.request<{ role: unknown }>('sourceReview/claims', { uri: uriOf(path.join(dir, names[0].replace('.txt', '_renamed.txt'))) });
      assert.ok(renamed.role !== null, 'a renamed source is not in the review set');
      await answers(client);
    });

    it('deleting a folder (with an open draft) mid-check, then restoring it: its sources and the draft come back', async () => {
      const desk = path.join(dir, 'desk');
      fs.mkdirSync(desk);
      for (let i = 1; i <= 40; i++) fs.writeFileSync(path.join(desk, `d${i}_wire.txt`), SOURCE.replace('640', String(700 + i)));
      fs.writeFileSync(path.join(desk, 'draft_desk.md'), DRAFT);
      await client.filesChanged([{ uri: uriOf(desk), type: 1 }]);
      assert.equal(await articlesNow(), onDisk() + 41);
      const deskDraft = uriOf(path.join(desk, 'draft_desk.md'));
      await client.open(deskDraft, DRAFT, 'markdown', 1);
      await client.waitForDiagnostics(deskDraft, (x) => x.version === 1);

      const backup = tempDir();
      fs.cpSync(desk, backup, { recursive: true });
      void client.request('sourceReview/recheckAll', null);
      fs.rmSync(desk, { recursive: true, force: true });
      await client.filesChanged([{ uri: uriOf(desk), type: 3 }]); // one event for the folder, as watchers report it
      assert.equal(await articlesNow(), onDisk());
      await answers(client);

      fs.cpSync(backup, desk, { recursive: true });
      fs.rmSync(backup, { recursive: true, force: true });
      await client.filesChanged([{ uri: uriOf(desk), type: 1 }]);
      await waitFor('the restored folder to be read', () => client.reviewChanges.at(-1)?.articles === onDisk() + 41);
      const draft = await client.request<{ role: unknown }>('sourceReview/claims', { uri: deskDraft });
      assert.equal(draft.role, 'draft', 'the open draft stayed out of the review after its folder came back');
      await client.close(deskDraft);
      fs.rmSync(desk, { recursive: true, force: true });
      await client.filesChanged([{ uri: uriOf(desk), type: 3 }]);
      assert.equal(await articlesNow(), onDisk());
      await answers(client);
      assert.deepEqual(crashes(client), []);
    });
  });

  describe('5,000 rapid didChange notifications', () => {
    let dir: string;
    let client: LspClient;
    let draftUri: string;

    before(async () => {
      dir = writeWorkspace({ '001_bluegrass_wire.txt': SOURCE });
      draftUri = uriOf(path.join(dir, 'draft_millbrook.md'));
      client = new LspClient();
      await client.initialize([dir]);
      await client.waitForArticles(1);
    });
    after(async () => {
      await client.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    });

    it('sent without waiting: the last version is published, never an older one after a newer, and it matches the final text', async () => {
      let text = DRAFT;
      let version = 1;
      await client.open(draftUri, text, 'markdown', version);
      const lineOf = (offset: number) => {
        const before = text.slice(0, offset).split('\n');
        return { line: before.length - 1, character: before[before.length - 1].length };
      };
      const since = client.published.length;
      const typed = 'Later, 700 people were allowed home at 9:30 a.m. CT, Brandt said. ';
      const sends: Promise<void>[] = [];
      for (let i = 0; i < 5000; i++) {
        let start: number;
        let end: number;
        let insert: string;
        if (i % 10 === 9) {
          // Backspace the last character typed.
          start = text.length - 1; end = text.length; insert = '';
        } else if (i % 97 === 0) {
          // Retype the draft's figure (910 → 9x0), an edit in the middle of the document.
          start = text.indexOf('910') >= 0 ? text.indexOf('910') + 1 : text.indexOf('forced ') + 8;
          end = start + 1; insert = String(i % 10);
        } else {
          start = end = text.length; insert = typed[i % typed.length];
        }
        const range = { start: lineOf(start), end: lineOf(end) };
        text = text.slice(0, start) + insert + text.slice(end);
        version++;
        sends.push(client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: draftUri, version }, contentChanges: [{ range, text: insert }] }));
      }
      await Promise.all(sends);
      const last = await client.waitForDiagnostics(draftUri, (x) => x.version === version, since, 30000);
      const versions = client.published.slice(since).filter((p) => p.uri === draftUri).map((p) => p.version ?? 0);
      for (let k = 1; k < versions.length; k++) assert.ok(versions[k] > versions[k - 1], `published version ${versions[k]} after ${versions[k - 1]}`);
      assert.ok(versions.length < 100, `${versions.length} publishes for 5,000 edits: the edits were not debounced`);
      // The server's text is ours: every claim it reports is our final text at its range.
      const claims = await client.request<{ claims: { text: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } }[] }>('sourceReview/claims', { uri: draftUri });
      const lines = text.split('\n');
      assert.ok(claims.claims.length > 0);
      for (const c of claims.claims) {
        assert.equal(c.range.start.line, c.range.end.line, 'a claim spans lines');
        assert.equal(lines[c.range.start.line].slice(c.range.start.character, c.range.end.character), c.text);
      }
      // And the diagnostics are those a fresh server gives for the final text, opened once.
      const fresh = new LspClient();
      try {
        await fresh.initialize([dir]);
        await fresh.waitForArticles(1);
        await fresh.open(draftUri, text, 'markdown', 1);
        const expected = await fresh.waitForDiagnostics(draftUri, (x) => x.version === 1);
        assert.deepEqual(shown(last.diagnostics, dir), shown(expected.diagnostics, dir));
      } finally {
        await fresh.stop();
      }
      await answers(client);
      assert.deepEqual(crashes(client), []);
    });
  });

  describe('settings of the wrong type', () => {
    let dir: string;
    let client: LspClient;

    before(async () => {
      dir = writeWorkspace({ '001_bluegrass_wire.txt': SOURCE, 'draft_millbrook.md': DRAFT, 'node_modules/x/readme.md': DRAFT });
      client = new LspClient();
      client.settings = {
        sources: 42, exclude: { '**/x': true }, drafts: [1, 2], debounceMs: 'soon', maxFileSize: -5,
        figureTolerance: 'lots', enable: 'yes', run: 7, codeLens: 'sometimes', severity: 'loud',
      };
      await client.initialize([dir]);
    });
    after(async () => {
      await client.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    });

    it('every wrong setting falls back to its default with a warning naming it, and the review goes on', async () => {
      await client.waitForArticles(2); // the default sources and excludes: node_modules stays out
      for (const key of ['sources', 'exclude', 'drafts', 'debounceMs', 'maxFileSize', 'figureTolerance']) {
        assert.ok(client.logs.some((l) => l.includes(`sourceReview.${key}`)), `no warning for ${key}: ${client.logs.join(' | ')}`);
      }
      const draftUri = uriOf(path.join(dir, 'draft_millbrook.md'));
      await client.open(draftUri, DRAFT, 'markdown', 1);
      const p = await client.waitForDiagnostics(draftUri, (x) => x.version === 1);
      assert.ok(ours(p.diagnostics).some((d) => d.code === 'figure-conflict'), JSON.stringify(p.diagnostics));
      await answers(client);
    });

    it('settings that are not an object at all (a string, a list, a number) fall back to the defaults', async () => {
      for (const settings of ['loud', ['a'], 7, true]) {
        const warned = client.logs.length;
        client.settings = settings as unknown as Record<string, unknown>;
        await client.configurationChanged();
        await waitFor(`a warning for settings ${JSON.stringify(settings)}`, () => client.logs.slice(warned).some((l) => /not an object/.test(l)));
        await client.waitForArticles(2);
        await answers(client);
      }
      client.settings = {};
      await client.configurationChanged();
      assert.deepEqual(crashes(client), []);
    });
  });

  describe('a symlink loop and links out of the workspace', () => {
    let dir: string;
    let outside: string;
    let client: LspClient;

    before(async function () {
      dir = writeWorkspace({ '001_bluegrass_wire.txt': SOURCE, 'desk/draft_millbrook.md': DRAFT });
      outside = writeWorkspace({ '009_elsewhere.txt': SOURCE.replace('640', '9,999') });
      try {
        fs.symlinkSync(dir, path.join(dir, 'loop'), 'dir'); // loop → the workspace itself
        fs.symlinkSync(path.join(dir, 'desk'), path.join(dir, 'desk', 'again'), 'dir'); // desk/again → desk
        fs.symlinkSync(outside, path.join(dir, 'outside'), 'dir'); // a folder elsewhere
        fs.symlinkSync(path.join(outside, '009_elsewhere.txt'), path.join(dir, '010_link.txt')); // a file elsewhere
        fs.symlinkSync(path.join(dir, 'nowhere.txt'), path.join(dir, '011_dangling.txt')); // a dangling link
      } catch {
        this.skip(); // no symlinks on this file system
      }
      client = new LspClient();
      await client.initialize([dir]);
    });
    after(async () => {
      await client?.stop();
      fs.rmSync(dir, { recursive: true, force: true });
      fs.rmSync(outside, { recursive: true, force: true });
    });

    it('the scan ends, reads each article once, and follows no link out of the workspace', async () => {
      await client.waitForArticles(2);
      const r = await client.request<{ articles: number }>('sourceReview/recheckAll', null);
      assert.equal(r.articles, 2);
      for (const f of ['outside/009_elsewhere.txt', '010_link.txt', 'loop/001_bluegrass_wire.txt']) {
        const c = await client.request<{ role: unknown }>('sourceReview/claims', { uri: uriOf(path.join(dir, f)) });
        assert.equal(c.role, null, `${f} is in the review set`);
      }
      await answers(client);
    });

    it('file events for links (into the loop, out of the workspace, dangling) read nothing from outside', async () => {
      await client.filesChanged([
        { uri: uriOf(path.join(dir, 'loop', 'loop', '001_bluegrass_wire.txt')), type: 1 },
        { uri: uriOf(path.join(dir, 'outside', '009_elsewhere.txt')), type: 1 },
        { uri: uriOf(path.join(dir, '010_link.txt')), type: 1 },
        { uri: uriOf(path.join(dir, '011_dangling.txt')), type: 1 },
        { uri: uriOf(path.join(dir, 'outside')), type: 1 },
      ]);
      await client.request('sourceReview/speakers', {});
      const draft = uriOf(path.join(dir, 'desk', 'draft_millbrook.md'));
      await client.open(draft, DRAFT, 'markdown', 1);
      const p = await client.waitForDiagnostics(draft, (x) => x.version === 1);
      const elsewhere = ours(p.diagnostics).flatMap((d) => d.relatedInformation ?? []).filter((r) => /elsewhere|010_link|outside/.test(r.location.uri) || r.message.includes('9,999'));
      assert.deepEqual(elsewhere, [], 'evidence was read through a link to a file outside the workspace');
      const linked = await client.request<{ role: unknown }>('sourceReview/claims', { uri: uriOf(path.join(dir, '010_link.txt')) });
      assert.equal(linked.role, null, 'a symlink to a file outside the workspace was read');
      await answers(client);
    });
  });

  describe('an unreadable folder', () => {
    let dir: string;
    let client: LspClient;
    let asUser: { uid: number; gid: number } | undefined;

    before(async function () {
      dir = writeWorkspace({ '001_bluegrass_wire.txt': SOURCE, 'locked/002_locked.txt': SOURCE.replace('640', '650'), 'open/003_open.txt': SOURCE });
      fs.chmodSync(path.join(dir, 'locked'), 0o000);
      let blocks = false;
      try { fs.readdirSync(path.join(dir, 'locked')); } catch { blocks = true; }
      if (!blocks && process.getuid?.() === 0) {
        // Root reads anything: run the server as an unprivileged user instead, when one can run it.
        fs.chmodSync(dir, 0o755);
        for (const f of ['001_bluegrass_wire.txt', 'open', 'open/003_open.txt']) fs.chmodSync(path.join(dir, f), f === 'open' ? 0o755 : 0o644);
        asUser = { uid: 65534, gid: 65534 };
        blocks = true;
      }
      if (!blocks) this.skip(); // the OS cannot make a folder unreadable for this user
      client = new LspClient(asUser ?? {});
      try {
        await client.initialize([dir]);
      } catch (err) {
        if (asUser) { await client.stop(); client = undefined as unknown as LspClient; this.skip(); } // cannot run as another user here
        throw err;
      }
    });
    after(async () => {
      await client?.stop();
      fs.chmodSync(path.join(dir, 'locked'), 0o755);
      fs.rmSync(dir, { recursive: true, force: true });
    });

    it('is reported once per scan and skipped; the rest is read and the server answers', async function () {
      if (asUser) this.test!.title += ' (as root, the server runs as uid 65534, for whom chmod 000 bites)';
      await client.waitForArticles(2);
      const lines = client.logs.filter((l) => l.includes('locked'));
      assert.equal(lines.length, 1, lines.join(' | ') || 'no log line for the locked folder');
      assert.match(lines[0], /cannot read folder/);
      assert.match(lines[0], /EACCES|permission/i);
      await answers(client);
    });

    it('once readable again, a re-check reads it', async () => {
      fs.chmodSync(path.join(dir, 'locked'), 0o755);
      const r = await client.request<{ articles: number }>('sourceReview/recheckAll', null);
      assert.equal(r.articles, 3);
      await answers(client);
    });
  });

  describe('a server that dies', () => {
    let dir: string;

    before(() => {
      dir = writeWorkspace({ '001_bluegrass_wire.txt': SOURCE });
    });
    after(() => fs.rmSync(dir, { recursive: true, force: true }));

    it('killed in the middle of a session, a fresh server gives the same diagnostics for the same text', async () => {
      const draftUri = uriOf(path.join(dir, 'draft_millbrook.md'));
      const first = new LspClient();
      await first.initialize([dir]);
      await first.open(draftUri, DRAFT, 'markdown', 1);
      let text = DRAFT;
      for (let v = 2; v <= 30; v++) {
        text = text.replace(/forced \d+/, `forced ${900 + v}`);
        void first.change(draftUri, v, text);
      }
      const before = await first.waitForDiagnostics(draftUri, (x) => x.version === 30, 0, 20000);
      // Die during a check: edit, then kill at once.
      void first.change(draftUri, 31, text + '\nMore.');
      first.process.kill('SIGKILL');
      await waitFor('the server to die', () => !first.alive);
      first.connection.dispose();

      const second = new LspClient();
      try {
        await second.initialize([dir]);
        await second.waitForArticles(1);
        await second.open(draftUri, text, 'markdown', 1);
        const after = await second.waitForDiagnostics(draftUri, (x: Published) => x.version === 1);
        assert.deepEqual(shown(after.diagnostics, dir), shown(before.diagnostics, dir));
        assert.ok(ours(after.diagnostics).some((d) => d.code === 'figure-conflict'));
        await answers(second);
      } finally {
        await second.stop();
      }
    });
  });

  describe('line endings and byte-order marks in the editor and on disk', () => {
    /** The draft's diagnostics when the sources are written and the draft sent in one variant. */
    async function diagnosticsFor(variant: (lf: string) => string): Promise<ReturnType<typeof shown>> {
      const dir = tempDir();
      const client = new LspClient();
      try {
        for (const [name, lf] of Object.entries(STORY)) if (!name.startsWith('draft')) fs.writeFileSync(path.join(dir, name), variant(lf));
        await client.initialize([dir]);
        await client.waitForArticles(2);
        const uri = uriOf(path.join(dir, 'draft_pinehurst.md'));
        await client.open(uri, variant(STORY['draft_pinehurst.md']), 'markdown', 1);
        return shown((await client.waitForDiagnostics(uri, (x) => x.version === 1)).diagnostics, dir);
      } finally {
        await client.stop();
        fs.rmSync(dir, { recursive: true, force: true });
      }
    }

    let lf: ReturnType<typeof shown>;
    before(async () => { lf = await diagnosticsFor(VARIANTS.LF); });

    it('the LF story has figure, time and quotation diagnostics with related locations', () => {
      const codes = new Set(lf.map((d) => d.code));
      for (const k of ['figure-conflict', 'time-conflict', 'quote-mismatch']) assert.ok(codes.has(k), JSON.stringify(lf));
      assert.ok(lf.every((d) => d.related.length > 0));
    });

    for (const name of ['CRLF', 'CR', 'mixed LF/CR/CRLF', 'BOM + CRLF']) {
      it(`${name}: the same diagnostics at the same LSP ranges, evidence ranges in the sources included`, async () => {
        assert.deepEqual(await diagnosticsFor(VARIANTS[name]), lf);
      });
    }
  });
});
