// "6% from 1 April 2027 and 4% from 1 April 2028": a day told right after a figure by a preposition
// is the figure's own day, though the day before it (the previous figure's) stands nearer.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

/** Each figure's text with the text of the time it is tied to ('' for none). */
function anchored(text: string): string[] {
  const a = analyzeArticle({ path: '001_story.txt', text });
  return a.figures.map((f, i) => `${f.text}@${a.times[a.figureAnchors[i]]?.text ?? ''}`);
}

describe('figures: the day told right after a figure', () => {
  it('ties each rise to the day after it', () => {
    assert.deepEqual(anchored('The award adds 5% from 1 June 2030 and 3% from 1 June 2031, the board said.'),
      ['5%@1 June 2030', '3%@1 June 2031']);
    assert.deepEqual(anchored('Tolls go up 4% on 2 January 2030 and 2% until 30 June 2030, the operator said.'),
      ['4%@2 January 2030', '2%@until 30 June 2030']);
  });

  it('keeps the nearest day when no preposition ties the later one', () => {
    assert.deepEqual(anchored('On 2 March 2030 the fund held 7% in bonds, and a report on 9 March 2030 said so.'),
      ['7%@2 March 2030']);
  });
});
