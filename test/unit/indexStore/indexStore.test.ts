import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyzeArticle } from '../../../server/src/analysis';
import type { ArticleAnalysis } from '../../../server/src/analysis/types';
import { contentHash, INDEX_FORMAT, IndexStore, PersistedAnalyzer } from '../../../server/src/indexStore';

// Our own example copy, in the style of wire reports (not from any sample set).
const WIRE = `HARBOR CITY, Oct. 3 (Coastline Wire) - More than 40,000 passengers were stranded on Thursday after a signal failure halted the Bayline commuter rail at 7:15 a.m., officials said.

"We are running buses on every route we can," transit director Miriam Osterberg told reporters at a briefing. About 120 buses were added by noon, she said.
`;

const MARKDOWN = `---
date: 2031-10-03
---
# Signal failure strands **Bayline** riders

*By Tobias Wren, The Harbor Ledger*

At least 38,000 riders were stuck for up to three hours, [the agency said](https://example.org/notice). "It was chaos on the platform," commuter Aisha Delacroix said.
`;

let root: string;
const stamp = { size: 1234, mtimeMs: 1_700_000_000_123.5 };

function analyse(p: string, text: string): ArticleAnalysis {
  return analyzeArticle({ path: p, text });
}

describe('persisted source index (IndexStore)', () => {
  beforeEach(() => { root = fs.mkdtempSync(path.join(os.tmpdir(), 'source-review-index-')); });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('round-trips an analysis exactly, open intervals (Infinity) included', async () => {
    const p = path.join(root, 'ws', '001_wire.txt');
    const analysis = analyse(p, WIRE);
    assert.ok(analysis.figures.some((f) => f.interval.high === Infinity), 'the example should hold an open interval');
    const store = new IndexStore(root, { engine: 'e1' });
    store.save(p, stamp, WIRE, analysis);
    await store.flush();
    assert.equal(store.stats.written, 1);
    const again = new IndexStore(root, { engine: 'e1' }).load(p, stamp);
    assert.deepEqual(again, analysis);
  });

  it('restores the blanked plain text of markdown articles', async () => {
    const p = path.join(root, 'ws', '002_ledger.md');
    const analysis = analyse(p, MARKDOWN);
    assert.notEqual(analysis.text.plain, analysis.text.original, 'markdown markup should be blanked');
    const store = new IndexStore(root, { engine: 'e1' });
    store.save(p, stamp, MARKDOWN, analysis);
    await store.flush();
    const loaded = new IndexStore(root, { engine: 'e1' }).load(p, stamp, MARKDOWN);
    assert.equal(loaded?.text.plain, analysis.text.plain);
    assert.deepEqual(loaded, analysis);
  });

  it('without the text, needs the same size and mtime', async () => {
    const p = path.join(root, 'a.txt');
    const store = new IndexStore(root, { engine: 'e1' });
    store.save(p, stamp, WIRE, analyse(p, WIRE));
    await store.flush();
    const fresh = new IndexStore(root, { engine: 'e1' });
    assert.ok(fresh.load(p, stamp));
    assert.equal(fresh.load(p, { ...stamp, size: stamp.size + 1 }), undefined);
    assert.equal(fresh.load(p, { ...stamp, mtimeMs: stamp.mtimeMs + 1 }), undefined);
    assert.deepEqual({ hits: fresh.stats.hits, misses: fresh.stats.misses }, { hits: 1, misses: 2 });
  });

  it('with the text, goes by its hash: a touched file hits (and is re-stamped), an edited one misses', async () => {
    const p = path.join(root, 'a.txt');
    const store = new IndexStore(root, { engine: 'e1' });
    store.save(p, stamp, WIRE, analyse(p, WIRE));
    await store.flush();
    const touched = { ...stamp, mtimeMs: stamp.mtimeMs + 5000 };
    const fresh = new IndexStore(root, { engine: 'e1' });
    assert.ok(fresh.load(p, touched, WIRE));
    await fresh.flush();
    assert.ok(new IndexStore(root, { engine: 'e1' }).load(p, touched), 'the new mtime is stored');
    const edited = WIRE.replace('40,000', '41,000'); // same length, same size
    assert.equal(edited.length, WIRE.length);
    assert.equal(new IndexStore(root, { engine: 'e1' }).load(p, touched, edited), undefined);
  });

  it('misses for another engine build, another role override, another path or an old format', async () => {
    const p = path.join(root, 'a.txt');
    const store = new IndexStore(root, { engine: 'e1' });
    store.save(p, stamp, WIRE, analyse(p, WIRE));
    await store.flush();
    assert.equal(new IndexStore(root, { engine: 'e2' }).load(p, stamp), undefined);
    assert.equal(new IndexStore(root, { engine: 'e1' }).load(p, stamp, undefined, 'draft'), undefined);
    // The same entry file copied under another path's name is not that path's entry.
    const other = path.join(root, 'b.txt');
    fs.copyFileSync(store.fileOf(p), store.fileOf(other));
    assert.equal(new IndexStore(root, { engine: 'e1' }).load(other, stamp), undefined);
    const entry = JSON.parse(fs.readFileSync(store.fileOf(p), 'utf8')) as { format: number };
    entry.format = INDEX_FORMAT + 1;
    fs.writeFileSync(store.fileOf(p), JSON.stringify(entry));
    assert.equal(new IndexStore(root, { engine: 'e1' }).load(p, stamp), undefined);
  });

  it('keys by role override: a drafts-glob analysis is kept apart from the engine-decided one', async () => {
    const p = path.join(root, 'notes.txt');
    const store = new IndexStore(root, { engine: 'e1' });
    const asDraft = analyzeArticle({ path: p, text: WIRE, role: 'draft' });
    store.save(p, stamp, WIRE, asDraft, 'draft');
    await store.flush();
    const fresh = new IndexStore(root, { engine: 'e1' });
    assert.equal(fresh.load(p, stamp)?.role, undefined);
    assert.equal(fresh.load(p, stamp, WIRE, 'draft')?.role, 'draft');
  });

  it('ignores and removes corrupt entries: truncated, not JSON, wrong shape', async () => {
    const p = path.join(root, 'a.txt');
    const store = new IndexStore(root, { engine: 'e1' });
    store.save(p, stamp, WIRE, analyse(p, WIRE));
    await store.flush();
    const good = fs.readFileSync(store.fileOf(p), 'utf8');
    const bad = [
      good.slice(0, Math.floor(good.length / 2)),
      '\u0000\u0001garbage',
      JSON.stringify({ format: INDEX_FORMAT, engine: 'e1', path: p, size: stamp.size, mtimeMs: stamp.mtimeMs, hash: contentHash(WIRE), role: null, plainEdits: [], analysis: { text: {} } }),
      JSON.stringify({ ...(JSON.parse(good) as object), plainEdits: [[999999, 'x']] }), // an edit past the end of the text
    ];
    for (const [i, raw] of bad.entries()) {
      fs.writeFileSync(store.fileOf(p), raw);
      const fresh = new IndexStore(root, { engine: 'e1' });
      assert.equal(fresh.load(p, stamp), undefined, `case ${i}`);
      assert.equal(fresh.stats.corrupt, 1, `case ${i} counted as corrupt`);
    }
    // A truncated file is removed, so the next start does not parse it again.
    fs.writeFileSync(store.fileOf(p), bad[0]);
    new IndexStore(root, { engine: 'e1' }).load(p, stamp);
    await new Promise((r) => setTimeout(r, 50));
    assert.equal(fs.existsSync(store.fileOf(p)), false);
  });

  it('answers from a queued write before it reaches the disk, and the last save wins', async () => {
    const p = path.join(root, 'a.txt');
    const store = new IndexStore(root, { engine: 'e1' });
    const first = analyse(p, WIRE);
    const edited = WIRE.replace('120 buses', '150 buses');
    const second = analyse(p, edited);
    store.save(p, stamp, WIRE, first);
    assert.equal(store.load(p, stamp, WIRE), first);
    const later = { ...stamp, mtimeMs: stamp.mtimeMs + 1 };
    store.save(p, later, edited, second);
    await store.flush();
    const fresh = new IndexStore(root, { engine: 'e1' });
    assert.equal(fresh.load(p, stamp), undefined);
    assert.deepEqual(fresh.load(p, later), second);
  });

  it('holds background writes while typing goes on, answers from the queue meanwhile, and writes on release', async () => {
    const paths = ['a.txt', 'b.txt'].map((n) => path.join(root, n));
    const store = new IndexStore(root, { engine: 'e1', writeBatch: 1 });
    store.hold(10_000);
    assert.ok(store.held);
    const analyses = paths.map((p) => analyse(p, WIRE));
    paths.forEach((p, i) => store.save(p, stamp, WIRE, analyses[i]));
    let flushed = false;
    const flushing = store.flush().then(() => { flushed = true; });
    await new Promise((r) => setTimeout(r, 60));
    assert.equal(flushed, false, 'a held store must not finish writing');
    assert.equal(store.stats.written, 0);
    assert.equal(store.load(paths[1], stamp), analyses[1]);
    store.release();
    assert.ok(!store.held);
    await flushing;
    assert.equal(store.stats.written, 2);
    assert.deepEqual(new IndexStore(root, { engine: 'e1' }).load(paths[0], stamp), analyses[0]);
  });

  it('writes once a short hold runs out, without a release', async () => {
    const p = path.join(root, 'a.txt');
    const store = new IndexStore(root, { engine: 'e1' });
    store.hold(30);
    store.save(p, stamp, WIRE, analyse(p, WIRE));
    const t0 = Date.now();
    await store.flush();
    assert.ok(Date.now() - t0 >= 25, 'the write waited for the hold');
    assert.equal(store.stats.written, 1);
  });

  it('prunes entries of paths no longer in the review set, and leftover temporary files', async () => {
    const store = new IndexStore(root, { engine: 'e1' });
    const paths = ['a.txt', 'b.txt', 'c.txt'].map((n) => path.join(root, n));
    for (const p of paths) store.save(p, stamp, WIRE, analyse(p, WIRE));
    await store.flush();
    fs.writeFileSync(path.join(store.dir, 'x.json.123.tmp'), '{');
    assert.equal(await store.prune([paths[0], paths[2]]), 2);
    const fresh = new IndexStore(root, { engine: 'e1' });
    assert.ok(fresh.load(paths[0], stamp));
    assert.equal(fresh.load(paths[1], stamp), undefined);
    store.remove(paths[2]);
    await new Promise((r) => setTimeout(r, 50));
    assert.equal(new IndexStore(root, { engine: 'e1' }).load(paths[2], stamp), undefined);
  });

  it('never throws when the folder cannot be written; it counts the failure', async () => {
    const blocker = path.join(root, 'file');
    fs.writeFileSync(blocker, 'not a folder');
    const logs: string[] = [];
    const store = new IndexStore(blocker, { engine: 'e1', log: (m) => logs.push(m) });
    const p = path.join(root, 'a.txt');
    store.save(p, stamp, WIRE, analyse(p, WIRE));
    await store.flush();
    assert.equal(store.stats.written, 0);
    assert.ok(store.stats.writeErrors >= 1);
    assert.ok(logs.length >= 1);
    assert.equal(store.load(p, stamp), undefined);
  });
});

describe('PersistedAnalyzer (the server hook)', () => {
  beforeEach(() => { root = fs.mkdtempSync(path.join(os.tmpdir(), 'source-review-index-')); });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  /** An inner analyser that counts its calls. */
  function counting() {
    const calls: string[] = [];
    const forgotten: string[] = [];
    return {
      calls, forgotten,
      analyze: (input: { path: string; text: string }, editing: boolean) => {
        calls.push(`${input.path}${editing ? ' (editing)' : ''}`);
        return analyzeArticle({ path: input.path, text: input.text });
      },
      forget: (p: string) => { forgotten.push(p); },
      clear: () => undefined,
    };
  }

  it('analyses a source once across restarts, and again when its text changes', async () => {
    const p = path.join(root, 'ws', '001_wire.txt');
    const first = counting();
    const a1 = new PersistedAnalyzer(first, new IndexStore(root, { engine: 'e1' }));
    const analysis = a1.analyze({ path: p, text: WIRE, version: null, stamp }, false);
    assert.deepEqual(first.calls, [p]);
    assert.equal(a1.fromIndex, 0);
    await a1.store!.flush();
    // Next start: the entry is used, the inner analyser is not called.
    const second = counting();
    const a2 = new PersistedAnalyzer(second, new IndexStore(root, { engine: 'e1' }));
    assert.deepEqual(a2.analyze({ path: p, text: WIRE, version: null, stamp }, false), analysis);
    assert.deepEqual(second.calls, []);
    assert.equal(a2.fromIndex, 1, 'counted as read from the index');
    const edited = WIRE.replace('120 buses', '95 buses');
    a2.analyze({ path: p, text: edited, version: null, stamp: { size: edited.length, mtimeMs: stamp.mtimeMs + 1 } }, false);
    assert.deepEqual(second.calls, [p]);
    assert.equal(a2.fromIndex, 1, 'analysed afresh: not counted');
    await a2.store!.flush(); // the edited entry is being written: let it land before the folder goes
  });

  it('leaves open documents, unstamped inputs and a store-less start to the inner analyser, unsaved', async () => {
    const p = path.join(root, 'draft.md');
    const inner = counting();
    const store = new IndexStore(root, { engine: 'e1' });
    const a = new PersistedAnalyzer(inner);
    a.analyze({ path: p, text: WIRE, version: null, stamp }, false); // no store attached yet
    a.store = store;
    a.analyze({ path: p, text: WIRE, version: 3, stamp }, true);
    a.analyze({ path: p, text: WIRE, version: null }, false);
    await store.flush();
    assert.deepEqual(inner.calls, [p, `${p} (editing)`, p]);
    assert.equal(store.stats.written, 0);
  });

  it('forgets the entry of a path that left the review set', async () => {
    const p = path.join(root, 'a.txt');
    const inner = counting();
    const a = new PersistedAnalyzer(inner, new IndexStore(root, { engine: 'e1' }));
    a.analyze({ path: p, text: WIRE, version: null, stamp }, false);
    await a.store!.flush();
    a.forget(p);
    assert.deepEqual(inner.forgotten, [p]);
    await new Promise((r) => setTimeout(r, 50));
    assert.equal(new IndexStore(root, { engine: 'e1' }).load(p, stamp), undefined);
  });
});
