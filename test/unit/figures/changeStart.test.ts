// "rose to 4.1% from 4.6 in 2021", "to 41.2 years from 40.3": the number a change started from, told
// bare after where it went, is a figure (not the ratio "1 in 4") in that figure's unit.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

const figures = (text: string) => analyzeArticle({ path: '001_x.txt', text }).figures.map((f) => `${f.text}=${f.value} ${f.unit}${f.measure ? ':' + f.measure : ''}`);

describe('figures: the bare start of a change', () => {
  it('reads a number before "in <year>" as a figure, not a ratio', () => {
    assert.ok(figures('The average commute rose to 34.5 minutes from 31.2 in 2019.').includes('31.2=31.2 duration:minute'));
    assert.deepEqual(figures('About 1 in 2000 births is affected.').filter((f) => f.startsWith('1=')), []);
  });

  it('gives the bare start the unit of the change\'s end', () => {
    assert.ok(figures('Turnout fell to 58.4% from 61.9 at the last election.').includes('61.9=61.9 percent'));
    assert.ok(figures('The share was 22.5 per cent, down from 24.1.').includes('24.1=24.1 percent'));
    // A number of another size is of something else: "11 shelters, up from 5,000" (people).
    assert.ok(figures('They slept in 11 relief shelters, up from 5,000 the night before.').includes('5,000=5000 count'));
    // Not after "to": "climbed 8% to 512,000" is a change and the count it reached.
    assert.ok(figures('Sales climbed 8% to 512,000.').includes('512,000=512000 count'));
  });
});
