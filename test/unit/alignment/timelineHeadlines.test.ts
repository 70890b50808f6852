// "Thursday 3 April, 11:00 a.m. CAT (09:00 GMT; 10:00 in Lisbon): Figures released.": a timeline
// entry's headline (a subject and its participle alone after the time and a colon) tells what was done
// at that time, and a semicolon inside the time's brackets parts its conversions, not the sentence's
// clauses. Invented text.
import { strict as assert } from 'node:assert';
import { clauseAround } from '../../../server/src/analysis/alignment/context';
import { eventKeysAt } from '../findings/review';

describe('events: a timeline entry\'s headline after its time', () => {
  it('keys the time on the subject of a participle told alone after a colon', () => {
    assert.deepEqual(eventKeysAt('- Thursday 3 April, 11:00 a.m. (09:00 GMT): Figures released.', '11:00 a.m.'), ['~publish:figur']);
    assert.deepEqual(eventKeysAt('09:12 – Results announced.', '09:12'), ['~publish:result']);
    // A participle with an object of its own, or words running on, is not such a headline.
    assert.deepEqual(eventKeysAt('09:12 – Police released the driver.', '09:12'), ['~publish:driver']);
    assert.ok(!eventKeysAt('09:12 – Figures released later showed a fall.', '09:12').includes('~publish:figur'));
  });

  it('reads a semicolon inside brackets as no clause break', () => {
    const plain = 'The figures at 11:00 a.m. (09:00 GMT; 10:00 in Lisbon) were released; markets rose.';
    const at = plain.indexOf('11:00 a.m.');
    const clause = clauseAround(plain, { start: 0, end: plain.length }, { start: at, end: at + 10 });
    assert.equal(plain.slice(clause.start, clause.end), 'The figures at 11:00 a.m. (09:00 GMT; 10:00 in Lisbon) were released');
  });
});
