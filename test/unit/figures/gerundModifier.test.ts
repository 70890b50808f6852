// "38,000 nursing posts", "1,200 unfilled teaching posts": a gerund naming a kind of thing before the
// plural is part of what is counted, so the figure has a class and is compared (and a draft's figure
// no source gives is flagged). A participle alone before a plural stays a verb and its object.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from '../findings/review';

const counted = (text: string) => analyzeArticle({ path: 'x.txt', text }).figures.map((f) => [f.text, f.counted]);

describe('figures: a gerund before the counted thing', () => {
  it('reads the plural after a gerund, or after a participle and a gerund', () => {
    assert.deepEqual(counted('Wales has 2,400 teaching posts.'), [['2,400 teaching posts', 'post']]);
    assert.deepEqual(counted('Wales has about 2,400 unfilled teaching posts.'), [['about 2,400 unfilled teaching posts', 'post']]);
    assert.deepEqual(counted('The county opened 310 polling stations.'), [['310 polling stations', 'station']]);
  });

  it('reads the plural after a participle when a verb in the past and its object follow the noun', () => {
    assert.deepEqual(counted('About 800 invited delegates filled the chamber.'), [['About 800 invited delegates', 'delegate']]);
    assert.deepEqual(counted('Some 2,000 attended workshops organised by the union.'), [['Some 2,000', null]]);
  });

  it('reads the plural after a modifier and a gerund (round 43)', () => {
    assert.deepEqual(counted('The council hired 450 extra cleaning staff for the festival.'), [['450 extra cleaning staff', 'staff']]);
    assert.deepEqual(counted('The board took on 1,300 additional marking examiners.'), [['1,300 additional marking examiners', 'examiner']]);
    assert.deepEqual(counted('About 300 more carrying banners marched.'), [['About 300', null]]);
  });

  it('leaves a verb and its object alone', () => {
    assert.deepEqual(counted('Some 2,000 attended workshops.'), [['Some 2,000', null]]);
    assert.deepEqual(counted('About 300 carrying banners marched.'), [['About 300', null]]);
    assert.deepEqual(counted('Officers held 40 including teenagers.'), [['40', null]]);
  });

  it('flags a draft\'s count of posts that no source gives', () => {
    const files = {
      '001_wire.txt': 'CARDIFF, May 3 (Wirepost) - Teachers in Wales voted to strike over pay, the union said.',
      'draft_teachers.md': 'Teachers in Wales voted to strike over pay. Wales has about 2,400 unfilled teaching posts.',
    };
    const found = findingsIn(files, 'draft_teachers.md', 'unsourced-claim');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.match(found[0].text, /2,400/);
  });
});
