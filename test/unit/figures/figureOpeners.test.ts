// readSentenceFigures tries figureAt only at tokens that may open a figure (a numeral, a currency
// sign, a number, fraction, duration or currency word). It must read the figures that trying every
// token reads: checked on every sentence of the gold sets and on random sentences of number words,
// currency words and signs, odd case and the Kelvin sign.
import { strict as assert } from 'node:assert';
import { coordinatedNoun, figureAt, readSentenceFigures } from '../../../server/src/analysis/claims/figures/index';
import { figureTokens } from '../../../server/src/analysis/claims/figures/tokens';
import { definesUnit } from '../../../server/src/analysis/claims/figures/unitDefinitions';
import type { SentenceSum } from '../../../server/src/analysis/claims/figures/sums';
import { sentenceSum } from '../../../server/src/analysis/claims/figures/sums';
import { prepareText } from '../../../server/src/analysis/text';
import type { ArticleText, Figure, Span } from '../../../server/src/analysis/types';
import { corpora } from '../incremental/corpora';
import { joinedPieces, seeded } from '../robustness/arbitraries';

/**
 * The plain computation: figureAt tried at every token of the sentence (none when it opens by defining
 * a unit), and tried again with the sentence's currency when a bare sum may stand beside its money (as
 * readSentenceFigures does: sums.ts).
 */
function everyToken(text: ArticleText, index: number): unknown[] {
  const { start, end } = text.sentences[index].span;
  const tokens = figureTokens(text.plain, start, end);
  const scan = (sum: SentenceSum | null) => {
    const out: { figure: Figure; numberSpan: Span }[] = [];
    let i = 0;
    while (i < tokens.length) {
      const found = figureAt(text, tokens, i, index, coordinatedNoun(out, tokens, i), sum);
      if (!found) { i++; continue; }
      // A sentence defining a unit ("One acre equals …") states no figure (unitDefinitions.ts), as readSentenceFigures reads it.
      if (out.length === 0 && definesUnit(tokens, i, found.next, found.figure.value, found.figure.counted)) return out;
      out.push({ figure: found.figure, numberSpan: found.numberSpan });
      i = Math.max(found.next, i + 1);
    }
    return out;
  };
  const out = scan(null);
  const sum = sentenceSum(out, tokens);
  return sum ? scan(sum) : out;
}

function check(text: ArticleText): number {
  let figures = 0;
  text.sentences.forEach((_, i) => {
    const want = everyToken(text, i);
    assert.deepEqual(readSentenceFigures(text, i), want);
    figures += want.length;
  });
  return figures;
}

const PIECES = ['one', 'One', 'ONE', 'two', 'three', 'twenty', 'Forty', 'dozen', 'dozens', 'hundred', 'Hundreds', 'thousand',
  'thousands', 'million', 'billion', 'crore', 'lakh', 'tens', 'half', 'Half', 'third', 'quarter', 'thirds', 'couple', 'a', 'A', 'an',
  'of', 'the', 'and', 'point', 'five', 'hour', 'day', 'wee\u212A', 'month', 'for', 'about', 'nearly', 'customers', 'people', 'per',
  'cent', '%', '$', '£', '€', '¥', '₹', 'Rs', 'RS', 'INR', 'USD', 'usd', 'R', 'r', 'US', 'A', 'HK', 'NZ', 'S', 'm', 'bn', 'k', '4', '12',
  '2.5', '40,000', '4,00,000', '-', '.', ',', ':', 'magnitude', 'between', 'to', 'Deaths', 'Monday'];
const JOINS = ['', ' ', ' ', ' ', ' ', '-', '\u00a0', ', ', ': '];

function randomSentence(r: () => number): string {
  return joinedPieces(r, PIECES, JOINS, 2 + Math.floor(r() * 9)) + '.';
}

describe('figures: the opener screen', () => {
  it('reads the figures of every gold-set sentence that trying every token reads', () => {
    let figures = 0;
    for (const set of corpora()) for (const file of set.files) figures += check(prepareText(file.text, file.path));
    assert.ok(figures > 100, `only ${figures} figures`);
  });

  it('reads the figures of random sentences that trying every token reads', () => {
    const r = seeded(53);
    let figures = 0;
    for (let n = 0; n < 4000; n++) figures += check(prepareText(Array.from({ length: 1 + Math.floor(r() * 3) }, () => randomSentence(r)).join(' '), 'x.txt'));
    assert.ok(figures > 1000, `only ${figures} figures`);
  });
});
