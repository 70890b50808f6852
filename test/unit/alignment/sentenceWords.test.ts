// A window's content words taken from its sentence's words, read once, must be exactly what
// tokenising the window gives — also when the window cuts a word, a hyphenated compound or an
// apostrophe, or begins inside an [editor's insertion].
import * as assert from 'node:assert/strict';
import { contentTokens, contentWords, tokenize } from '../../../server/src/analysis/alignment/words';
import { addContentWordsIn, contentTokensIn, contentWindow, contentWordsIn, sentenceContentWords } from '../../../server/src/analysis/alignment/sentenceWords';
import { fullTextWords, indexedWords, MIN_INDEXED_WORD } from '../../../server/src/analysis/alignment/textWords';

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

const PIECES = ['harbour', ' ', ' ', 'fell', 'cyber', '-', 'attack', "'s", '’', 'we', "'re", '[', ']', 'the', '12', ',', '.', 'Crews', 'rose', 'dock', 'é', 'x'];

describe('alignment: sentence words read once', () => {
  it('give exactly the words of every window, cut anywhere', () => {
    const r = rng(11);
    let windows = 0;
    let inPlaceRefused = 0;
    for (let n = 0; n < 400; n++) {
      let text = '';
      const len = 5 + Math.floor(r() * 40);
      for (let i = 0; i < len; i++) text += PIECES[Math.floor(r() * PIECES.length)];
      const plain = `Lead in. ${text} Tail.`;
      const sentence = { start: 9, end: 9 + text.length };
      for (let k = 0; k < 20; k++) {
        const a = sentence.start + Math.floor(r() * (text.length + 1));
        const b = a + Math.floor(r() * (sentence.end - a + 1));
        windows++;
        assert.deepStrictEqual(contentTokensIn(plain, sentence, a, b), contentTokens(plain, a, b), `${JSON.stringify(plain)} [${a}, ${b})`);
        assert.deepStrictEqual(contentWordsIn(plain, sentence, a, b), contentWords(plain, a, b));
        // Added to a set in place, and read in place: the same words (and tokens) as tokenising the window.
        const set = new Set<string>(['(before)']);
        addContentWordsIn(set, plain, sentence, a, b);
        assert.deepStrictEqual([...set], [...new Set(['(before)', ...contentWords(plain, a, b)])]);
        const w = contentWindow(plain, sentence, a, b);
        if (w) {
          const inPlace = [];
          for (let k = w.from; k < w.to; k++) inPlace.push({ word: w.words[k], start: w.starts[k] + w.offset, end: w.ends[k] + w.offset });
          assert.deepStrictEqual(inPlace, contentTokens(plain, a, b), `${JSON.stringify(plain)} [${a}, ${b})`);
        } else inPlaceRefused++;
      }
      assert.deepStrictEqual(sentenceContentWords(plain, sentence), contentWords(plain, sentence.start, sentence.end));
      // Windows outside the sentence are read as they are.
      assert.deepStrictEqual(contentTokensIn(plain, sentence, 0, plain.length), contentTokens(plain));
    }
    assert.ok(windows > 5000);
    // Windows that cut a word are tokenised on their own (most random cuts do); the rest are read in place.
    assert.ok(inPlaceRefused > 0 && windows - inPlaceRefused > 500, `${inPlaceRefused} of ${windows} tokenised on their own`);
  });

  it('are never those of another text with a sentence at the same place', () => {
    // Sentences of the text read last are found by where they start: another text must not get them.
    const r = rng(13);
    for (let n = 0; n < 300; n++) {
      const texts = [0, 1, 2].map(() => {
        let t = '';
        for (let i = 0; i < 12; i++) t += PIECES[Math.floor(r() * PIECES.length)];
        return `Lead in. ${t} Tail.`;
      });
      for (const plain of [...texts, texts[0], texts[2], texts[0]]) {
        const sentence = { start: 9, end: plain.length - 6 };
        assert.deepStrictEqual(sentenceContentWords(plain, sentence), contentWords(plain, sentence.start, sentence.end), JSON.stringify(plain));
        assert.deepStrictEqual(contentWordsIn(plain, { start: 0, end: plain.length }, 0, plain.length), contentWords(plain));
      }
    }
  });

  it('give the words of a sentence and of a window inside it', () => {
    const plain = 'Nearly 40,000 customers lost power at 10 a.m. as the storm hit the county.';
    const sentence = { start: 0, end: plain.length };
    const all = contentTokensIn(plain, sentence, 0, plain.length);
    assert.deepStrictEqual(all.map((t) => t.word), ['customer', 'lost', 'power', 'storm', 'hit', 'county']);
    assert.deepStrictEqual(contentWordsIn(plain, sentence, 14, 42), ['customer', 'lost', 'power']);
  });
});

/** Word tokens read character by character: how tokenize read them before it sliced runs. */
function referenceTokens(text: string): { norm: string; start: number; end: number }[] {
  const word = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 0xc0 && ![0x2019, 0x2018, 0x201c, 0x201d, 0x2014, 0x2013, 0x2026, 0xa0, 0x2009, 0x202f, 0xfeff].includes(c);
  const out: { norm: string; start: number; end: number }[] = [];
  let i = 0;
  let bracket = false;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 91) { bracket = true; i++; continue; }
    if (c === 93) { bracket = false; i++; continue; }
    if (!word(c)) { i++; continue; }
    const s = i;
    let norm = '';
    while (i < text.length) {
      const d = text.charCodeAt(i);
      if (word(d)) { norm += text[i]; i++; continue; }
      if ((d === 39 || d === 0x2019 || d === 45 || d === 0x2010 || d === 0x2011) && i + 1 < text.length && word(text.charCodeAt(i + 1))) {
        if (d === 39 || d === 0x2019) norm += "'";
        i++;
        continue;
      }
      break;
    }
    if (!bracket) out.push({ norm: norm.toLowerCase(), start: s, end: i });
  }
  return out;
}

describe('alignment: word tokens', () => {
  it('read words joined at apostrophes and hyphens as one, character for character', () => {
    const r = rng(5);
    const pieces = [...PIECES, '‑', '‐', 'O', '’s', "''", '--', 'Ünal', '😀', 'Ǆ'];
    for (let n = 0; n < 3000; n++) {
      let text = '';
      const len = 1 + Math.floor(r() * 30);
      for (let i = 0; i < len; i++) text += pieces[Math.floor(r() * pieces.length)];
      assert.deepStrictEqual(tokenize(text), referenceTokens(text), JSON.stringify(text));
    }
    assert.deepStrictEqual(tokenize("We're cyber-attack's [sic] O’Neil").map((t) => t.norm), ["we're", "cyberattack's", "o'neil"]);
  });
});

describe('alignment: the words of a source\'s running text', () => {
  it('are exactly the words the running-text search reads, of four letters or more', () => {
    const r = rng(23);
    const pieces = ['Harbour', ' ', 'x', "'", '’', '-', '--', 'é', 'İ', 'ß', '٣', '😀', '𝐀', '\ud800', 'ab', '12', '.', ' ', 'dé-jà', "o'neil"];
    for (let n = 0; n < 3000; n++) {
      let text = '';
      const len = 1 + Math.floor(r() * 25);
      for (let i = 0; i < len; i++) text += pieces[Math.floor(r() * pieces.length)];
      const want = new Set(fullTextWords(text).map((w) => w.norm).filter((w) => w.length >= MIN_INDEXED_WORD));
      assert.deepStrictEqual(indexedWords(text), want, JSON.stringify(text));
    }
  });
});
