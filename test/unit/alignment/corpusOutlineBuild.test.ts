// The corpus outline built through flat postings (alignment/postings.ts) must be exactly the outline
// the plain build gives (a Map of arrays per name, a Set per list to drop repeats, then sorted; kept
// here as the reference): on the project's corpora pooled, and on a generated archive whose sources
// were replaced, removed and added back. The corpus's indexes hand each key's places out ascending
// and once (so far), so the sorting and the dropping of repeats are tested on random postings, in
// any order and with repeats, against a Map of Sets.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeArticle, Corpus } from '../../../server/src/analysis';
import { outlineOf, StoredOutline, TIME_SLOTS, type OutlineData } from '../../../server/src/analysis/alignment/corpusOutline';
import { storyWords } from '../../../server/src/analysis/alignment/story';
import { Postings } from '../../../server/src/analysis/alignment/postings';
import { loadSamples, sourceArticle, Varier } from '../../../bench/corpus';
import { seeded as rng } from '../robustness/arbitraries';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function flatten(groups: Map<string, number[]>): { names: string[]; starts: Uint32Array; values: Uint32Array } {
  const names = [...groups.keys()].sort(byCodeUnits);
  const starts = new Uint32Array(names.length + 1);
  let total = 0;
  for (let i = 0; i < names.length; i++) { starts[i] = total; total += groups.get(names[i])!.length; }
  starts[names.length] = total;
  const values = new Uint32Array(total);
  names.forEach((n, i) => values.set(groups.get(n)!.sort((a, b) => a - b), starts[i]));
  return { names, starts, values };
}

/** The outline as the plain build makes it (the build before postings.ts), the sources' story words aside. */
function referenceOutline(corpus: Corpus): Omit<OutlineData, 'storyWords' | 'storyStarts' | 'storyIds'> {
  const keys = new Map<string, number[]>();
  const words = new Map<string, number[]>();
  const figures = new Map<string, { narrow: [number, number][]; wide: number[] }>();
  corpus.filed((key, place, time) => {
    if (place < 0) return;
    if (time !== undefined) {
      const w = key.slice(2);
      const id = place * TIME_SLOTS + Math.min(time, TIME_SLOTS - 1);
      const list = words.get(w);
      if (list) list.push(id); else words.set(w, [id]);
      return;
    }
    const list = keys.get(key);
    if (list) list.push(place); else keys.set(key, [place]);
  }, (cls, place, low) => {
    if (place < 0) return;
    let f = figures.get(cls);
    if (!f) figures.set(cls, f = { narrow: [], wide: [] });
    if (low === null) f.wide.push(place); else f.narrow.push([low, place]);
  });
  for (const [k, list] of keys) keys.set(k, [...new Set(list)]);
  for (const [k, list] of words) words.set(k, [...new Set(list)]);
  const k = flatten(keys);
  const w = flatten(words);
  const classes = [...figures.keys()].sort(byCodeUnits);
  const narrow = classes.map((c) => figures.get(c)!.narrow.sort((a, b) => a[0] - b[0] || a[1] - b[1]));
  const wide = classes.map((c) => [...new Set(figures.get(c)!.wide)].sort((a, b) => a - b));
  const starts = (lists: unknown[][]) => Uint32Array.from([0, ...lists.map((_, i) => lists.slice(0, i + 1).reduce((n, l) => n + l.length, 0))]);
  return {
    stats: corpus.stats(), keys: k.names, keyStarts: k.starts, keyPlaces: k.values, words: w.names, wordStarts: w.starts, wordTimes: w.values,
    classes, lowStarts: starts(narrow), lows: Float64Array.from(narrow.flat().map((p) => p[0])), lowPlaces: Uint32Array.from(narrow.flat().map((p) => p[1])),
    wideStarts: starts(wide), widePlaces: Uint32Array.from(wide.flat()),
  };
}

function assertSameOutline(corpus: Corpus, what: string): OutlineData {
  const got = outlineOf(corpus);
  assert.ok(got, what);
  const { storyWords: _w, storyStarts: _s, storyIds: _i, ...rest } = got;
  assert.deepStrictEqual(rest, referenceOutline(corpus), what);
  // Each place's story words, as the article's own (the corpus's order is the places').
  const stored = new StoredOutline(got);
  const articles = [...corpus.all()].map((c) => c.article);
  assert.equal(got.storyStarts.length, articles.length + 1, what);
  articles.forEach((a, place) => assert.deepStrictEqual(stored.storyWordsAt(place), new Set(storyWords(a)), `${what}: ${a.path}`));
  return got;
}

describe('alignment: the corpus outline built through flat postings', () => {
  it('equals the plain build on the project\'s corpora pooled', () => {
    const dirs = ['samples', ...fs.readdirSync(path.join(ROOT, 'test/fixtures/corpora')).sort().map((d) => `test/fixtures/corpora/${d}`)];
    const corpus = new Corpus();
    for (const dir of dirs) {
      for (const f of fs.readdirSync(path.join(ROOT, dir)).filter((x) => /\.(txt|md)$/.test(x)).sort()) {
        corpus.set(analyzeArticle({ path: path.join(ROOT, dir, f), text: fs.readFileSync(path.join(ROOT, dir, f), 'utf8') }));
      }
    }
    const data = assertSameOutline(corpus, 'pooled corpora');
    assert.ok(data.keys.length > 100 && data.wordTimes.length > 0 && data.lows.length > 0 && data.widePlaces.length > 0);
  });

  it('equals the plain build on an archive whose sources were replaced, removed and added back', function () {
    this.timeout(60000);
    const { sources, draft } = loadSamples();
    const varier = new Varier([...sources, draft].map((s) => s.text));
    const corpus = new Corpus();
    const texts: [string, string][] = [];
    for (let i = 0; i < 120; i++) {
      const a = sourceArticle(i, sources, varier);
      texts.push([`/archive/${a.name}`, a.text]);
      corpus.set(analyzeArticle({ path: texts[i][0], text: texts[i][1] }));
    }
    assertSameOutline(corpus, 'as built');
    const r = rng(4242);
    for (let round = 0; round < 4; round++) {
      for (let n = 0; n < 15; n++) {
        const [p, text] = texts[Math.floor(r() * texts.length)];
        const roll = r();
        if (roll < 0.4) corpus.delete(p);
        else if (roll < 0.7) corpus.set(analyzeArticle({ path: p, text }));
        else {
          // The same source with a sentence moved to its end: most keys stay, the run moves.
          const cut = text.indexOf('. ') + 2;
          corpus.set(analyzeArticle({ path: p, text: `${text.slice(cut)}\n\n${text.slice(0, cut)}` }));
        }
      }
      for (const [p, text] of texts) if (r() < 0.05 && ![...corpus.all()].some((c) => c.article.path === p)) corpus.set(analyzeArticle({ path: p, text }));
      const data = assertSameOutline(corpus, `round ${round}`);
      assert.ok(data.keyPlaces.length > 0);
    }
  });

  it('groups random postings as a Map of Sets would', () => {
    const r = rng(77);
    for (let round = 0; round < 50; round++) {
      const postings = new Postings();
      const want = new Map<string, Set<number>>();
      const names = Array.from({ length: 1 + Math.floor(r() * 30) }, (_, i) => `${['q:', 'n:', 'w:'][i % 3]}${String.fromCharCode(97 + Math.floor(r() * 26))}${i}`);
      const from = round % 2 === 0 ? 0 : 2;
      const handed: [string, number][] = [];
      for (let n = Math.floor(r() * 3000); n > 0; n--) {
        const name = names[Math.floor(r() * names.length)];
        // Runs of one name, with repeats, as the corpus's indexes hand them out.
        for (let run = 1 + Math.floor(r() * 5); run > 0; run--) {
          const v = Math.floor(r() * (round % 3 === 0 ? 20 : 2 ** 32));
          handed.push([name, v]);
          const key = name.slice(from);
          if (!want.has(key)) want.set(key, new Set());
          want.get(key)!.add(v);
        }
      }
      // Counted, then placed: the same sequence twice.
      for (const [name, v] of handed) postings.add(name, v, from);
      postings.place();
      for (const [name, v] of handed) postings.add(name, v, from);
      const got = postings.flatten();
      const wantNames = [...want.keys()].sort(byCodeUnits);
      assert.deepEqual(got.names, wantNames);
      assert.equal(got.starts.length, wantNames.length + 1);
      wantNames.forEach((name, i) => {
        assert.deepEqual([...got.values.subarray(got.starts[i], got.starts[i + 1])], [...want.get(name)!].sort((a, b) => a - b), `round ${round}, ${name}`);
      });
      assert.equal(got.starts[wantNames.length], got.values.length);
    }
  });

  it('refuses a second pass that does not hand over what the first counted', () => {
    const pass = (p: Postings, list: [string, number][]) => { for (const [k, v] of list) p.add(k, v); };
    const counted: [string, number][] = [['a', 1], ['b', 2], ['a', 3]];
    for (const [second, why] of [[[['a', 1], ['b', 2], ['a', 3], ['a', 4]], /more numbers/], [[['a', 1], ['c', 2]], /not counted/], [[['a', 1], ['b', 2]], /fewer numbers/]] as const) {
      const p = new Postings();
      pass(p, counted);
      p.place();
      assert.throws(() => { pass(p, [...second] as [string, number][]); p.flatten(); }, why);
    }
  });
});
