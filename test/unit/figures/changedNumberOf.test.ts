// "cut the number of daily sailings from 36 to 21": both ends of a change told of "the number of"
// things count those things, so a draft's wrong end is held to the sources' count. A bare number
// after other things named ("reduced the berths … from 32 to 24") does not take the count's thing
// before it. Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

const counted = (text: string) => new Map(analyzeArticle({ path: '001_x.txt', text }).figures.map((f) => [f.text, f.counted]));

describe('figures: the ends of a change in "the number of" things', () => {
  it('gives both ends the things counted', () => {
    const c = counted('The ferry line also cut the number of daily sailings from 36 to 21 on Monday.');
    assert.equal(c.get('36'), 'sailing');
    assert.equal(c.get('21'), 'sailing');
    const d = counted('The number of daily sailings is reduced from 36 to 28.');
    assert.equal(d.get('28'), 'sailing');
  });

  it('does not give a bare number after other things named the count\'s thing', () => {
    const c = counted('The line cut the number of daily sailings from 36 to 28, and reduced the berths that hauliers can book from 32 to 24 a day.');
    assert.equal(c.get('28'), 'sailing');
    assert.equal(c.get('32'), null);
    assert.equal(c.get('24'), null);
  });
});
