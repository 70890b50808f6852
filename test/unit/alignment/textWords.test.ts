// The running-text search of an unsourced quotation reads a source's words in place (spans, and a
// spelling only where one is compared). What it reads must be exactly what fullTextWords reads, the
// reference the search was written against: the same spans, the same spellings, on any text.
import * as assert from 'node:assert/strict';
import { fullTextWords, indexedWords, rememberIndexedWords, spelledAs, spellingAt, TextWordIndex, wordSpans } from '../../../server/src/analysis/alignment/textWords';

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

  it('scan a deferred source at the first look-up, with the postings and order of one added at once', () => {
    // Corpus.set defers each source's scan to the first look-up (most checks make none). Sources
    // deferred, removed while waiting, added again, mixed with ones whose words came from the
    // persisted index (posted at once), and look-ups between them: every look-up and every posting
    // must be what the index that scans each source as it comes gives, in the same order.
    const r = rng(61);
    type Source = { article: { path: string; text: { original: string } } };
    const make = (k: number): Source => ({ article: { path: `s${k}`, text: { original: randomText(r, Math.floor(r() * 40)) + (r() < 0.5 ? ' Harbour ferry' : ' ferry') } } });
    // Each word's sources in order (which word a history of removals files first is no part of what a look-up reads).
    const postings = (index: TextWordIndex<Source>) => {
      const out = new Map<string, string[]>();
      index.eachPath('', (w, path) => { const list = out.get(w); if (list) list.push(path); else out.set(w, [path]); });
      return [...out].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    };
    const first = new TextWordIndex<Source>();
    const three = [make(100), make(101), make(102)];
    for (const s of three) first.add(s, true);
    assert.equal(first.unscanned, 3, 'no text scanned before a look-up');
    assert.deepStrictEqual(first.with('ferry').map((x) => x.article.path), ['s100', 's101', 's102']);
    assert.equal(first.unscanned, 0);
    for (let round = 0; round < 40; round++) {
      const eager = new TextWordIndex<Source>();
      const deferred = new TextWordIndex<Source>();
      let live: Source[] = [];
      let waiting = 0;
      for (let k = 0; k < 25; k++) {
        if (live.length > 0 && r() < 0.3) {
          const gone = live[Math.floor(r() * live.length)];
          eager.remove(gone);
          deferred.remove(gone);
          live = live.filter((s) => s !== gone);
        }
        const s = make(k);
        eager.add(s);
        if (r() < 0.2) {
          rememberIndexedWords(s.article.text, [...indexedWords(s.article.text.original)]);
          deferred.add(s, true);
          waiting = 0; // posted now, after every source still waiting
        } else {
          deferred.add(s, true);
          waiting = deferred.unscanned;
        }
        live.push(s);
        if (r() < 0.15) {
          assert.deepStrictEqual(deferred.with('harbour').map((x) => x.article.path), eager.with('harbour').map((x) => x.article.path));
          assert.equal(deferred.unscanned, 0);
          waiting = 0;
        }
      }
      assert.equal(deferred.unscanned, waiting);
      assert.deepStrictEqual(deferred.with('ferry').map((x) => x.article.path), live.map((x) => x.article.path));
      assert.deepStrictEqual(postings(deferred), postings(eager), String(round));
    }
  });
});
