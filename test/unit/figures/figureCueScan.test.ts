// mayHaveFigure scans a sentence through a trie of the cue words instead of running a pattern of
// them (in every case, bounded by ASCII letters) over a copy of the sentence. The scan must answer
// as the pattern does: checked on every sentence and every line of the gold sets, and on random
// text of cue words, near-misses, digits, odd case, the Kelvin sign and non-ASCII letters.
import { strict as assert } from 'node:assert';
import { FIGURE_CUE_WORDS, mayHaveFigure } from '../../../server/src/analysis/claims/figures/index';
import { anyCase } from '../../../server/src/analysis/anyCase';
import { prepareText } from '../../../server/src/analysis/text';
import { corpora } from '../incremental/corpora';
import { joinedPieces, seeded } from '../robustness/arbitraries';

/** The plain computation: the cue words as one pattern over the sentence's text. */
const CUE = new RegExp(`[0-9]|(?<![A-Za-z])(?:${anyCase(FIGURE_CUE_WORDS.join('|'))})(?![A-Za-z])`);
const byPattern = (plain: string, start: number, end: number): boolean => CUE.test(plain.slice(start, end));

const PIECES = [...FIGURE_CUE_WORDS, 'ONE', 'Two', 'tHrEe', 'wee\u212A', 'la\u212Ah', '\u212A', 'on', 'tw', 'thre', 'ones', 'someone',
  'often', 'tone', 'halfway', 'weekend', 'yearly', 'dozenth', 'a', 'an', 'the', 'é', 'ſ', 'ﬁ', '𝐀', '_', '-', '’', "'", '.', ',', '4', '12'];
const JOINS = ['', '', ' ', ' ', '-', '_', 'é', '\u212A', 'x', '\u00a0', '1'];

function randomText(r: () => number): string {
  return joinedPieces(r, PIECES, JOINS, 1 + Math.floor(r() * 6));
}

describe('figures: the number cue scan', () => {
  it('answers as the pattern on every sentence and line of the gold sets', () => {
    let cued = 0;
    let spans = 0;
    for (const set of corpora()) {
      for (const file of set.files) {
        const text = prepareText(file.text, file.path);
        const lines = [...text.plain.matchAll(/[^\n]+/g)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
        for (const span of [...text.sentences.map((s) => s.span), ...lines]) {
          const want = byPattern(text.plain, span.start, span.end);
          assert.equal(mayHaveFigure(text.plain, span.start, span.end), want, JSON.stringify(text.plain.slice(span.start, span.end)));
          if (want) cued++;
          spans++;
        }
      }
    }
    assert.ok(cued > 100 && cued < spans, `${cued} of ${spans} cued`);
  });

  it('answers as the pattern on random text, on every sub-range', () => {
    const r = seeded(29);
    let cued = 0;
    let tried = 0;
    for (let n = 0; n < 3000; n++) {
      const text = randomText(r);
      for (let start = 0; start < text.length; start += 1 + Math.floor(r() * 3)) {
        for (let end = start; end <= text.length; end += 1 + Math.floor(r() * 4)) {
          const want = byPattern(text, start, end);
          assert.equal(mayHaveFigure(text, start, end), want, `${JSON.stringify(text)} [${start}, ${end})`);
          if (want) cued++;
          tried++;
        }
      }
    }
    assert.ok(cued > tried / 10 && cued < tried * 0.9, `${cued} of ${tried} cued`);
  });
});
