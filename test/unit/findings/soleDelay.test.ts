// How late a project is has one value in a story: "the opening has slipped by 9 months", "a delay of
// eleven months", "9 months later than the June date", "Delay: 9 months". Each source that tells one
// delay is held to the others' one delay, whatever words each outlet puts round it. Invented text.
import { strict as assert } from 'node:assert';
import { toldAsDelay } from '../../../server/src/analysis/findings/delays';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from './review';

describe('figure findings: one delay per story', () => {
  it('reads a duration told as a delay, and not a bare "later"', () => {
    const text = 'The bridge opening has slipped by 9 months. Two years later, the ferry closed. The tunnel is 3 months behind schedule.';
    const a = analyzeArticle({ path: 'x.txt', text });
    const delays = a.figures.filter((f) => toldAsDelay(text, f)).map((f) => f.text);
    assert.deepEqual(delays, ['9 months', '3 months']);
  });

  it('holds two sources\' one delay each to each other', () => {
    const files = {
      '001_wire.txt': 'KESTON, April 2 (Rivernews) - The cost of the Keston bridge has climbed to 410 million euros, and its opening has slipped by 9 months, engineers told the county board on Thursday.',
      '002_radio.txt': 'RIVER FM — The Morning\n\nHOST: The Keston bridge now opens in March instead of June. That is a delay of eleven months. With me is the county engineer.',
      '003_release.txt': 'The Keston Bridge Company confirms that the opening, now set for March 2029, is 9 months later than the June 2028 date in the original programme.',
    };
    assert.equal(findingsIn(files, '002_radio.txt', 'figure-conflict').length, 1);
    assert.equal(findingsIn(files, '001_wire.txt', 'figure-conflict').length, 1);
  });

  it('leaves a source that tells two delays alone', () => {
    const files = {
      '001_wire.txt': 'KESTON, April 2 (Rivernews) - The opening of the Keston bridge has slipped by 9 months, and the ramp, delayed by 4 months, is behind it.',
      '002_radio.txt': 'RIVER FM — The Morning\n\nHOST: The Keston bridge now opens in March instead of June. That is a delay of eleven months.',
    };
    assert.deepEqual(findingsIn(files, '001_wire.txt', 'figure-conflict'), []);
  });
});
