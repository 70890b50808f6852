// The running-text search of an unsourced quotation reads a source's words in place (spans, and a
// spelling only where one is compared). What it reads must be exactly what fullTextWords reads, the
// reference the search was written against: the same spans, the same spellings, on any text.
import * as assert from 'node:assert/strict';
import { fullTextWords, indexedWords, rememberIndexedWords, spelledAs, spellingAt, TextWordIndex, textWordStats, wordSpans } from '../../../server/src/analysis/alignment/textWords';
import { corpora } from '../incremental/corpora';
import { joinedPieces, seeded } from '../robustness/arbitraries';

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

const PIECES = ['Harbour', 'harbour', ' ', '\n', 'x', "'", '’', '-', '--', 'é', 'İ', 'ß', 'Σ', '٣', '😀', '𝐀', '\ud800', 'ab', 'AB',
  '12', '.', 'dé-jà', "o'neil", 'O’Neil', 'cyber-attack', 'CYBER', 'ﬁ'];

function randomText(r: () => number, len: number): string {
  let text = '';
  for (let i = 0; i < len; i++) text += PIECES[Math.floor(r() * PIECES.length)];
  return text;
}

describe('alignment: words of a source\'s running text, read in place', () => {
  it('have the spans and spellings of fullTextWords', () => {
    const r = rng(41);
    for (let n = 0; n < 3000; n++) {
      const text = randomText(r, 1 + Math.floor(r() * 30));
      const want = fullTextWords(text);
      const spans = wordSpans(text);
      const got = [];
      for (let i = 0; i < spans.count; i++) {
        got.push({ norm: spellingAt(text, spans.starts[i], spans.ends[i]), start: spans.starts[i], end: spans.ends[i], wildBefore: false });
      }
      assert.deepStrictEqual(got, want, JSON.stringify(text));
    }
  });

  it('compare a spelling in place exactly as the spelling itself compares', () => {
    const r = rng(43);
    const probes = ['harbour', 'cyberattack', "o'neil", 'déjà', 'i̇', 'ab', 'abab', 'x', '12', 'ß', 'σ', 'ς', 'ﬁ', ''];
    for (let n = 0; n < 3000; n++) {
      const text = randomText(r, 1 + Math.floor(r() * 12));
      const spans = wordSpans(text);
      const norms = Array.from({ length: spans.count }, (_, i) => spellingAt(text, spans.starts[i], spans.ends[i]));
      for (let i = 0; i < spans.count; i++) {
        for (const probe of [...probes, norms[i], norms[i] + 'x', norms[i].slice(1)]) {
          assert.equal(spelledAs(text, spans.starts[i], spans.ends[i], probe), norms[i] === probe, JSON.stringify([text, i, probe]));
        }
      }
    }
  });

  it('grow past the first thousand words of a long text', () => {
    const text = Array.from({ length: 3000 }, (_, i) => `word${i}`).join(' ');
    const spans = wordSpans(text);
    assert.equal(spans.count, 3000);
    assert.equal(text.slice(spans.starts[2999], spans.ends[2999]), 'word2999');
  });

  it('index each source under exactly the words indexedWords reads, once, in the order the sources came', () => {
    // TextWordIndex.add posts the words as it reads them (no Set of the text's words): the postings
    // must be what posting every word of indexedWords once gives, also after sources leave and come back.
    const r = rng(47);
    type Source = { article: { path: string; text: { original: string } } };
    const make = (k: number): Source => ({ article: { path: `s${k}`, text: { original: randomText(r, Math.floor(r() * 40)) + ' Harbour harbour HARBOUR İİİ i̇i̇ ab-cd ab’cd' } } });
    for (let round = 0; round < 20; round++) {
      const index = new TextWordIndex<Source>();
      let live: Source[] = [];
      for (let k = 0; k < 30; k++) {
        if (live.length > 0 && r() < 0.3) {
          const gone = live[Math.floor(r() * live.length)];
          index.remove(gone);
          live = live.filter((s) => s !== gone);
        }
        const s = make(k);
        index.add(s);
        live.push(s);
      }
      const words = new Set(live.flatMap((s) => [...indexedWords(s.article.text.original)]));
      for (const w of [...words, 'harbour', 'i̇i̇i̇', 'abcd', "ab'cd", 'nothing']) {
        const want = live.filter((s) => indexedWords(s.article.text.original).has(w));
        assert.deepStrictEqual(index.with(w).map((s) => s.article.path), want.map((s) => s.article.path), w);
      }
    }
  });
});

describe('alignment: the running-text index, its ASCII words found in place', () => {
  type Source = { article: { path: string; text: { original: string } } };

  /** The index as plainly built: each source posted under every word of indexedWords, in order. */
  class PlainIndex {
    readonly byWord = new Map<string, Source[]>();
    add(s: Source, words: Iterable<string> = indexedWords(s.article.text.original)): void {
      for (const w of words) { const list = this.byWord.get(w); if (!list) this.byWord.set(w, [s]); else if (list[list.length - 1] !== s) list.push(s); }
    }
    remove(s: Source): void {
      for (const w of indexedWords(s.article.text.original)) {
        const list = this.byWord.get(w);
        if (!list) continue;
        const at = list.indexOf(s);
        if (at >= 0) list.splice(at, 1);
        if (list.length === 0) this.byWord.delete(w);
      }
    }
  }

  /** Every (word, path) the index hands out, in its order (the stored corpus outline's keys). */
  function postings(index: TextWordIndex<Source>): string[] {
    const out: string[] = [];
    index.eachPath('', (w, p) => out.push(`${w} ${p}`));
    return out;
  }

  function plainPostings(plain: PlainIndex, live: ReadonlySet<Source>): string[] {
    const out: string[] = [];
    plain.byWord.forEach((list, w) => { for (const s of list) if (live.has(s)) out.push(`${w} ${s.article.path}`); });
    return out;
  }

  /** Adds, removes and re-adds `texts` in a seeded order, some read from stored words; both indexes must agree throughout. */
  function agree(texts: readonly string[], seed: number): void {
    const r = seeded(seed);
    const index = new TextWordIndex<Source>();
    const plain = new PlainIndex();
    const live = new Set<Source>();
    const inPlace = textWordStats.inPlace;
    for (let k = 0; k < texts.length * 2; k++) {
      if (live.size > 0 && r() < 0.3) {
        const gone = [...live][Math.floor(r() * live.size)];
        index.remove(gone);
        plain.remove(gone);
        live.delete(gone);
      }
      const s: Source = { article: { path: `s${k}`, text: { original: texts[k % texts.length] } } };
      // Some sources come with their words stored (the persisted index), posted through the plain path.
      if (r() < 0.2) rememberIndexedWords(s.article.text, [...indexedWords(s.article.text.original)]);
      index.add(s);
      plain.add(s);
      live.add(s);
      assert.deepStrictEqual(postings(index), plainPostings(plain, live), `step ${k}`);
    }
    for (const w of [...plain.byWord.keys(), 'harbour', 'nothing']) {
      assert.deepStrictEqual(index.with(w).map((s) => s.article.path), (plain.byWord.get(w) ?? []).filter((s) => live.has(s)).map((s) => s.article.path), w);
    }
    assert.ok(textWordStats.inPlace > inPlace, 'no word was found in place');
  }

  it('posts what posting indexedWords gives, in the same order, on the gold sets', () => {
    for (const set of corpora()) agree(set.files.map((f) => f.text), 3);
  });

  it('posts what posting indexedWords gives on random text, with sources coming and going', () => {
    const r = seeded(61);
    const words = ['Harbour', 'harbour', 'HARBOUR', 'crane', 'cranes', 'dock', 'ab', 'abcd', 'ABCD', 'x1y2', 'cyber-attack', "o'neil", 'O’Neil',
      'café', 'CAFÉ', 'dé-jà', 'İstanbul', 'straße', '𝐀bcd', 'abc-', '-abcd', "abcd'", 'ab’cd', '١٢٣٤', 'abcdé', 'éabcd', 'ﬁsh'];
    for (let round = 0; round < 10; round++) {
      const texts = Array.from({ length: 12 }, () => joinedPieces(r, words, [' ', ', ', '.', '-', "'", '’', '\n', '', '😀', '[', ']'], 1 + Math.floor(r() * 40)));
      agree(texts, round);
    }
  });
});
