// A speaker gives a share in words to the whole point ("it was sixty-three per cent" for a 62.8%
// turnout): the words are the decimal rounded, not another share. Held as exactly 63, the
// transcript was flagged against the written source. Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from '../findings/review';

const interval = (text: string, words: string) => analyzeArticle({ path: 'x.txt', text }).figures.find((f) => f.text === words)?.interval;

const files = {
  '001_paper.md': '# Brenholt ward poll\n\nTurnout was 44.6% of the 9,214 electorate. That compares with 62.8% when Morag Pell won the ward in the 2024 election.\n',
  '002_radio.txt': 'DAVID OKONJO: Forty-five per cent, which is decent for a winter poll. Two years ago, when Morag Pell won the ward, it was sixty-three per cent.\n',
};

describe('figures: a whole share said in words is told to the nearest point', () => {
  it('reads "sixty-three per cent" as 62.5 to 63.5, "63 per cent" as exactly 63', () => {
    assert.deepEqual(interval('It was sixty-three per cent.', 'sixty-three per cent'), { low: 62.5, high: 63.5 });
    assert.deepEqual(interval('It was 63 per cent.', '63 per cent'), { low: 63, high: 63 });
  });

  it('holds neither source to the other over the rounding', () => {
    for (const path of Object.keys(files)) assert.deepEqual(findingsIn(files, path, 'figure-conflict'), [], path);
  });

  it('still holds a share in words a whole point or more away', () => {
    const wrong = { ...files, '002_radio.txt': files['002_radio.txt'].replace('sixty-three', 'sixty-eight') };
    assert.equal(findingsIn(wrong, '002_radio.txt', 'figure-conflict').length, 1);
  });
});
