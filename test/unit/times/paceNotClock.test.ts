// "about 3:05 per kilometre", "4:58/mile", "at 2:58 pace": the minutes and seconds a runner, a rower or
// a swimmer takes over a stretch are a pace, no time of day. Read as clock times they were held against
// each other ("about 3:05" / "about 4:58" in two articles telling one average in two units) as one
// moment told two hours apart. Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from '../findings/review';

const clocks = (text: string) => analyzeArticle({ path: '001_wire.txt', text }).times.filter((t) => t.granularity === 'clock').map((t) => t.text);

describe('times: a pace is no clock time', () => {
  it('reads no clock time in a pace per kilometre, per mile, per lap or "pace"', () => {
    assert.deepEqual(clocks('Rhee averaged just under 3:05 per kilometre, or about 4:58 per mile, over the hilly course.'), []);
    assert.deepEqual(clocks('The leaders held 2:58/km until the bridge and 3:02 min/km after it.'), []);
    assert.deepEqual(clocks('The pacers were asked to take her to 25 kilometres at 2:58 pace.'), []);
    assert.deepEqual(clocks('She swam 1:12.5 per 100m in the final stretch and lapped at 4:40 per lap.'), []);
  });

  it('still reads clock times beside a pace, and times followed by other words', () => {
    assert.deepEqual(clocks('The race started at 8:30, and Rhee averaged 3:05 per kilometre.'), ['8:30']);
    assert.deepEqual(clocks('The bus left at 4:35 a mile from the depot.'), ['4:35']);
  });

  it('holds no pace against another article\'s pace in another unit', () => {
    const files = {
      '000_wire.txt': 'OSLO, May 3 (Nordwire) - Mina Rhee won the city marathon on Sunday. Her average pace worked out at just under 3:05 per kilometre, or about 4:58 per mile.',
      '001_guide.md': '# How Rhee won\n\n- **Average pace:** about 3:05 per kilometre, or 4:58 per mile.',
      'draft_rhee.md': 'Mina Rhee won the city marathon on Sunday, averaging about 4:58 per mile.',
    };
    for (const path of Object.keys(files)) assert.deepEqual(findingsIn(files, path, 'time-conflict'), [], path);
  });
});
