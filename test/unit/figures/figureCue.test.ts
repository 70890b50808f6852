// extractFigures reads a sentence for figures only when mayHaveFigure lets it through. The
// pre-filter may let through sentences without a figure, but must never turn away one with a
// figure: checked on every sentence of the gold sets and on random sentences of number words,
// numerals, scales, fractions, durations, "a"/"an", odd case and the Kelvin sign.
import { strict as assert } from 'node:assert';
import { mayHaveFigure, readSentenceFigures } from '../../../server/src/analysis/claims/figures/index';
import { prepareText } from '../../../server/src/analysis/text';
import type { ArticleText } from '../../../server/src/analysis/types';
import { corpora } from '../incremental/corpora';
import { joinedPieces, seeded } from '../robustness/arbitraries';

/** Sentences of a text: how many, how many hold a figure, how many the pre-filter turns away; fails on one turned away with a figure. */
function check(text: ArticleText, where: string): { sentences: number; figures: number; turnedAway: number } {
  let figures = 0;
  let turnedAway = 0;
  text.sentences.forEach((s, i) => {
    const found = readSentenceFigures(text, i).length > 0;
    const may = mayHaveFigure(text.plain, s.span.start, s.span.end);
    if (found) figures++;
    if (!may) turnedAway++;
    assert.ok(may || !found, `${where}: ${JSON.stringify(text.plain.slice(s.span.start, s.span.end))}`);
  });
  return { sentences: text.sentences.length, figures, turnedAway };
}

const PIECES = ['one', 'One', 'ONE', 'two', 'three', 'ten', 'twenty', 'Forty', 'dozen', 'dozens', 'hundred', 'Hundreds', 'thousand',
  'thousands', 'million', 'billion', 'crore', 'lakh', 'tens', 'half', 'Half', 'third', 'quarter', 'thirds', 'quarters', 'couple',
  'a', 'A', 'an', 'An', 'of', 'the', 'and', 'point', 'five', 'hour', 'hours', 'day', 'wee\u212A', 'Week', 'month', 'year', 'decade',
  'for', 'about', 'nearly', 'lasted', 'customers', 'people', 'homes', 'per', 'cent', 'percent', '%', '$', '£', 'Rs', 'R', 'US', 'm',
  'bn', 'k', '4', '12', '2.5', '40,000', '-', '‐', "'", '’s', '.', ',', ':', 'é', 'ſ', 'ﬁ', '𝐀', 'x', 'someone', 'often', 'Monday'];
const JOINS = ['', ' ', ' ', ' ', ' ', '-', '\u00a0', "'s ", ', ', ': '];

function randomSentence(r: () => number): string {
  return joinedPieces(r, PIECES, JOINS, 2 + Math.floor(r() * 9)) + '.';
}

describe('figures: the number cue pre-filter', () => {
  it('lets through every sentence of the gold sets with a figure, and turns many others away', () => {
    let sentences = 0;
    let figures = 0;
    let turnedAway = 0;
    for (const set of corpora()) {
      for (const file of set.files) {
        const c = check(prepareText(file.text, file.path), file.path);
        sentences += c.sentences;
        figures += c.figures;
        turnedAway += c.turnedAway;
      }
    }
    assert.ok(figures > 100, `only ${figures} sentences with a figure`);
    // The point of the pre-filter: without it, every sentence would be tokenised for figures.
    assert.ok(turnedAway > sentences / 5, `${turnedAway} of ${sentences} turned away`);
  });

  it('lets through every random sentence of number words in which a figure is read', () => {
    const r = seeded(17);
    let figures = 0;
    for (let n = 0; n < 4000; n++) {
      const body = Array.from({ length: 1 + Math.floor(r() * 3) }, () => randomSentence(r)).join(' ');
      figures += check(prepareText(body, 'x.txt'), 'random').figures;
    }
    assert.ok(figures > 1000, `only ${figures} random sentences with a figure`);
  });
});
