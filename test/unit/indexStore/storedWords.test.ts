// Sources read back from the persisted index carry the words read when they were saved, so adding
// them to the corpus does not tokenise their sentences again. The corpus they make must review every
// article exactly as a corpus of freshly analysed sources does.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyzeArticle, checkArticle, Corpus } from '../../../server/src/analysis';
import { forgetSentenceWords, sentenceWordsStats } from '../../../server/src/analysis/alignment/sentenceWords';
import { IndexStore } from '../../../server/src/indexStore';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const plain = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

describe('persisted source index: stored words', () => {
  let root: string;
  beforeEach(() => { root = fs.mkdtempSync(path.join(os.tmpdir(), 'source-review-words-')); });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('spare re-reading the sources and give the same reviews', async () => {
    const dirs = ['samples', ...fs.readdirSync(path.join(ROOT, 'test/fixtures/corpora')).map((d) => `test/fixtures/corpora/${d}`)];
    const files = dirs.flatMap((d) => fs.readdirSync(path.join(ROOT, d)).filter((f) => /\.(txt|md)$/.test(f)).sort().map((f) => path.join(ROOT, d, f)));
    const stamp = { size: 1, mtimeMs: 2 };
    const store = new IndexStore(root, { engine: 'test' });
    const fresh = files.map((p) => analyzeArticle({ path: p, text: fs.readFileSync(p, 'utf8') }));
    for (const a of fresh) store.save(a.path, stamp, a.text.original, a);
    await store.flush();

    const reader = new IndexStore(root, { engine: 'test' });
    forgetSentenceWords();
    const loaded = files.map((p) => reader.load(p, stamp, fs.readFileSync(p, 'utf8'))!);
    assert.equal(reader.stats.hits, files.length);
    // Loading and adding one source at a time, as the server does.
    const fromIndex = new Corpus();
    const before = sentenceWordsStats.tokenised;
    for (const p of files) {
      const a = reader.load(p, stamp, fs.readFileSync(p, 'utf8'))!;
      fromIndex.set(a);
    }
    assert.equal(sentenceWordsStats.tokenised, before, 'no sentence of a stored source is tokenised again');

    const fromScratch = new Corpus();
    for (const a of fresh) fromScratch.set(a);
    for (let i = 0; i < files.length; i++) {
      assert.deepStrictEqual(plain(checkArticle(fromIndex, fromIndex.get(files[i])?.article ?? loaded[i])), plain(checkArticle(fromScratch, fresh[i])), files[i]);
    }
  });
});
