// The stored corpus outline through the real server: a start where no source changed but the draft
// did publishes the draft's first diagnostics from the stored claim checks and the sources the
// outline names for its changed claims, before every source is restored; those diagnostics are
// exactly a fresh server's (with no storage), and the full check after them publishes nothing new.
// A source changed, added or deleted, other settings, or a damaged outline (truncated, damaged
// arrays, another engine build, not an outline) mean the outline is not used: a log line where it
// was damaged, and the full check's diagnostics, equal to a fresh server's.
import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { OUTLINE_FORMAT } from '../../server/src/outlineStore';
import { loadSamples, sourceArticle, Varier } from '../../bench/corpus';
import { buildOnce, freshDiagnostics, fullyChecked, generatedWorkspace, LspClient, startWithDraft, withStorage, type Published } from './harness';

const DRAFT_URI = 'untitled:Untitled-11';
const SOURCES = 60;
const FROM_OUTLINE = /^published the first diagnostics of untitled:Untitled-11 from (\d+) of (\d+) sources/;
const DAMAGED = /^corpus outline: ignoring a damaged file/;

const { sources, draft } = loadSamples();
const varier = new Varier([...sources, draft].map((s) => s.text));
const DRAFT = draft.text;
/** What the last session typed, and what the draft holds when opened again. */
const typed = (text: string) => text.replace('more than 300 line workers', 'more than 320 line workers');
const reopened = (text: string) => text.replace('a $25 credit', 'a $30 credit');

const workspace = () => generatedWorkspace(SOURCES, sources, varier);

const start = (folder: string, storagePath: string | undefined, text: string, settings: Record<string, unknown> = {}) =>
  startWithDraft(folder, storagePath, DRAFT_URI, text, settings);
const checked = (c: LspClient) => fullyChecked(c, 30000);
const draftPublished = (c: LspClient, version: number) => c.published.filter((p) => p.uri === DRAFT_URI && p.version === version);

describe('lsp: the stored corpus outline', function () {
  this.timeout(120000);
  before(() => buildOnce());
  const run = withStorage(workspace);

  /** A session that opens the draft, types in it, and ends: its checks and the outline are stored. */
  async function lastSession(settings: Record<string, unknown> = {}): Promise<void> {
    const first = await start(run.dir, run.storage, DRAFT, settings);
    run.clients.push(first);
    await checked(first);
    await first.change(DRAFT_URI, 2, typed(DRAFT));
    await first.waitForDiagnostics(DRAFT_URI, (p) => p.version === 2, 0, 15000);
    await first.stop();
    run.clients.pop();
    assert.ok(fs.existsSync(outlineFile()), 'the outline is stored');
  }

  /** The draft's diagnostics from a server with no stored state. */
  const fresh = (text: string, settings: Record<string, unknown> = {}) => freshDiagnostics(run, DRAFT_URI, text, settings, 30000);

  /** A start from the storage with the draft opened as `text`: everything it published for version 1, once fully checked. */
  async function nextSession(text: string, settings: Record<string, unknown> = {}): Promise<{ client: LspClient; first: Published; all: Published[] }> {
    const c = await start(run.dir, run.storage, text, settings);
    run.clients.push(c);
    await checked(c);
    await c.waitForDiagnostics(DRAFT_URI, (x) => x.version === 1, 0, 15000);
    const all = draftPublished(c, 1);
    return { client: c, first: all[0], all };
  }

  function outlineFile(): string {
    return path.join(run.storage, `corpus-outline-v${OUTLINE_FORMAT}.bin`);
  }

  it('publishes the changed draft\'s first diagnostics from part of the corpus, exactly as a fresh server does', async () => {
    await lastSession();
    const text = reopened(typed(DRAFT));
    const { client, first, all } = await nextSession(text);
    const used = client.logs.map((l) => FROM_OUTLINE.exec(l)).find((m) => m);
    assert.ok(used, `the outline was used:\n${client.logs.join('\n')}`);
    assert.ok(Number(used[1]) < SOURCES && Number(used[2]) === SOURCES, used[0]);
    const expected = await fresh(text);
    assert.ok(expected.diagnostics.length >= 2, 'the draft has findings');
    assert.deepEqual(first.diagnostics, expected.diagnostics);
    assert.equal(all.length, 1, 'the full check after it publishes nothing new');
    // Typing on from there still answers as a full check does.
    const more = text.replace('97 degrees', '99 degrees');
    await client.change(DRAFT_URI, 2, more);
    const after = await client.waitForDiagnostics(DRAFT_URI, (p) => p.version === 2, 0, 15000);
    assert.deepEqual(after.diagnostics, (await fresh(more)).diagnostics);
  });

  const changes: [string, (dir: string) => void][] = [
    ['a source changed', (dir) => {
      const name = fs.readdirSync(dir).sort()[3];
      fs.writeFileSync(path.join(dir, name), fs.readFileSync(path.join(dir, name), 'utf8').replace(/\d+/, '7'));
    }],
    ['a source added', (dir) => fs.writeFileSync(path.join(dir, '99999_extra.txt'), sourceArticle(SOURCES + 7, sources, varier).text)],
    ['a source deleted', (dir) => fs.rmSync(path.join(dir, fs.readdirSync(dir).sort()[7]))],
  ];
  for (const [what, change] of changes) {
    it(`does not use it when ${what} between starts, and answers as a fresh server does`, async () => {
      await lastSession();
      change(run.dir);
      const text = reopened(typed(DRAFT));
      const { client, first, all } = await nextSession(text);
      assert.ok(!client.logs.some((l) => FROM_OUTLINE.test(l)), client.logs.join('\n'));
      const expected = await fresh(text);
      assert.deepEqual(first.diagnostics, expected.diagnostics);
      assert.deepEqual(all.at(-1)!.diagnostics, expected.diagnostics);
    });
  }

  it('does not use it when the settings changed between starts', async () => {
    await lastSession();
    const text = reopened(typed(DRAFT));
    const settings = { figureTolerance: 0.3 };
    const { client, first } = await nextSession(text, settings);
    assert.ok(!client.logs.some((l) => FROM_OUTLINE.test(l)));
    assert.deepEqual(first.diagnostics, (await fresh(text, settings)).diagnostics);
  });

  for (const [what, spoil, logged] of [
    ['a truncated outline', (b: Buffer) => b.subarray(0, Math.floor(b.length * 0.7)), true],
    ['an outline with damaged arrays', (b: Buffer) => { const c = Buffer.from(b); c[c.length - 5] ^= 0xff; return c; }, true],
    ['an outline that is not one', () => Buffer.from('{"format":1}'), true],
    ['an outline of another engine build', (b: Buffer) => {
      const s = b.toString('latin1');
      const other = Buffer.from(s.replace(/"engine":"([^"]*)"/, (_m, e: string) => `"engine":"${'z'.repeat(e.length)}"`), 'latin1');
      // Whole as written by that build: the digest (after the magic and the key) of everything after it.
      other.write(createHash('sha1').update(other.subarray(88)).digest('hex'), 48, 'latin1');
      return other;
    }, false],
  ] as const) {
    it(`ignores ${what}${logged ? ' with a log line' : ''}, and answers as a fresh server does`, async () => {
      await lastSession();
      fs.writeFileSync(outlineFile(), spoil(fs.readFileSync(outlineFile())));
      const text = reopened(typed(DRAFT));
      const { client, first } = await nextSession(text);
      assert.ok(!client.logs.some((l) => FROM_OUTLINE.test(l)), client.logs.join('\n'));
      assert.equal(client.logs.some((l) => DAMAGED.test(l)), logged, client.logs.join('\n'));
      assert.deepEqual(first.diagnostics, (await fresh(text)).diagnostics);
      // The outline is made again for the next start.
      await client.stop();
      run.clients.splice(run.clients.indexOf(client), 1);
      const again = await nextSession(text.replace('97 degrees', '98 degrees'));
      assert.ok(again.client.logs.some((l) => FROM_OUTLINE.test(l)), again.client.logs.join('\n'));
    });
  }
});
