// The stored corpus outline on disk (server/src/outlineStore.ts): it reads back exactly what was
// written, only under its key and engine build, and a damaged file (cut anywhere, a byte changed,
// not an outline) is a miss with a log line and is removed, never an exception.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyzeArticle, Corpus } from '../../../server/src/analysis';
import { outlineOf } from '../../../server/src/analysis/alignment/corpusOutline';
import { OUTLINE_FORMAT, OutlineStore } from '../../../server/src/outlineStore';
import { loadSamples, sourceArticle, Varier } from '../../../bench/corpus';

describe('the stored corpus outline', () => {
  let dir: string;
  beforeEach(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'source-review-outline-')); });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  function corpus(): { corpus: Corpus; paths: string[] } {
    const { sources, draft } = loadSamples();
    const varier = new Varier([...sources, draft].map((s) => s.text));
    const c = new Corpus();
    const paths: string[] = [];
    for (let i = 0; i < 40; i++) {
      const a = sourceArticle(i, sources, varier);
      paths.push(`/archive/${a.name}`);
      c.set(analyzeArticle({ path: paths[i], text: a.text }));
    }
    return { corpus: c, paths };
  }

  it('reads back what was written, only under its key and build', async () => {
    const { corpus: c, paths } = corpus();
    const data = outlineOf(c)!;
    const key = 'a'.repeat(40);
    const store = new OutlineStore(dir, 'build-1');
    store.save(key, paths, data);
    await store.flush();
    assert.equal(store.peekKey(), key);
    const seen: string[][] = [];
    const back = new OutlineStore(dir, 'build-1').load((sources) => { seen.push([...sources]); return key; });
    assert.ok(back);
    assert.deepEqual(seen, [paths]);
    assert.deepEqual(back.paths, paths);
    assert.deepStrictEqual({ ...back.data }, { ...JSON.parse(JSON.stringify({ stats: data.stats })), ...Object.fromEntries(Object.entries(data).filter(([k]) => k !== 'stats')) });
    assert.ok(data.keyPlaces.length > 0 && data.lows.length > 0 && data.wordTimes.length > 0);
    assert.equal(new OutlineStore(dir, 'build-1').load(() => 'b'.repeat(40)), undefined, 'another corpus');
    assert.ok(fs.existsSync(path.join(dir, `corpus-outline-v${OUTLINE_FORMAT}.bin`)), 'kept for its own corpus');
    assert.equal(new OutlineStore(dir, 'build-2').load(() => key), undefined, 'another build');
    await new Promise((r) => setTimeout(r, 20));
    assert.ok(!fs.existsSync(path.join(dir, `corpus-outline-v${OUTLINE_FORMAT}.bin`)), 'of no use to this build: removed');
  });

  it('a damaged file is a miss with a log line, and is removed', async () => {
    const { corpus: c, paths } = corpus();
    const key = 'c'.repeat(40);
    const writer = new OutlineStore(dir, 'build-1');
    writer.save(key, paths, outlineOf(c)!);
    await writer.flush();
    const file = path.join(dir, `corpus-outline-v${OUTLINE_FORMAT}.bin`);
    const whole = fs.readFileSync(file);
    const spoilt: Buffer[] = [Buffer.alloc(0), Buffer.from('not an outline at all')];
    for (let n = 0; n < 24; n++) spoilt.push(whole.subarray(0, Math.floor((whole.length * n) / 24)));
    for (let n = 0; n < 24; n++) {
      const b = Buffer.from(whole);
      b[Math.floor((b.length * (n + 0.5)) / 24)] ^= 0x5a;
      spoilt.push(b);
    }
    for (const [i, b] of spoilt.entries()) {
      fs.writeFileSync(file, b);
      const logs: string[] = [];
      const got = new OutlineStore(dir, 'build-1', (m) => logs.push(m)).load(() => key);
      assert.equal(got, undefined, `variant ${i}`);
      await new Promise((r) => setTimeout(r, 20));
      assert.ok(!fs.existsSync(file), `variant ${i} removed`);
      assert.equal(logs.length, 1, `variant ${i}: ${logs.join('\n')}`);
      assert.match(logs[0], /^corpus outline: ignoring a damaged file/);
    }
  });
});
