// A speaker says a small share with no whole part: "the index closed up point four percent" is 0.4%,
// not "four percent" (read from "four" on, it was held as 4%, and met other shares of 4%). Only before
// "percent", "per cent" or a scale word: "at this point two ministers resigned" states no decimal.
// Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

const figures = (text: string) => analyzeArticle({ path: 'x.txt', text }).figures.map((f) => [f.text, f.value]);

describe('figures: a decimal said with no whole part ("point four percent")', () => {
  it('reads "point four percent" and "point seven five per cent" as decimals', () => {
    assert.deepEqual(figures('ANA REYES: The Harbour Index closed up point four percent on the day.'), [['point four percent', 0.4]]);
    assert.deepEqual(figures('ANA REYES: Bond yields slipped point seven five per cent by the close.'), [['point seven five per cent', 0.75]]);
  });

  it('reads "point three billion" with its scale', () => {
    assert.deepEqual(figures('ANA REYES: The fund lost point three billion dollars.'), [['point three billion dollars', 300000000]]);
  });

  it('reads no decimal from "point" in other senses', () => {
    assert.deepEqual(figures('At this point two ministers resigned.'), [['two ministers', 2]]);
  });
});
