// "a five-year contract" is a term set exactly: a draft's "six-year contract" disagrees with it,
// though "five years" and "six years" told loosely, each to the nearest year, meet at five and a half.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from './review';

describe('figures: a term hyphened before its noun is exact', () => {
  it('reads "a five-year lease" just short of half a year either way, "five years" to the half', () => {
    const term = analyzeArticle({ path: '001_x.txt', text: 'The bakery signed a five-year lease on Monday.' }).figures[0];
    assert.ok(term.interval.high < 5.5 && term.interval.low > 4.5, JSON.stringify(term.interval));
    const loose = analyzeArticle({ path: '001_x.txt', text: 'The bakery has traded there for five years.' }).figures[0];
    assert.deepEqual(loose.interval, { low: 4.5, high: 5.5 });
  });

  it('holds a six-year lease against a five-year lease', () => {
    const files = {
      '001_wire.txt': 'The bakery signed a five-year lease with the council for the old market hall, officials said.',
      'draft_bakery.md': 'The bakery agreed a six-year lease with the council for the old market hall.',
    };
    assert.equal(findingsIn(files, 'draft_bakery.md', 'figure-conflict').length, 1);
  });
});
