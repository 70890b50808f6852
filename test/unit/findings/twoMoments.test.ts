// A sentence that tells two moments ("left at 1205 GMT, was cruising at 31,000 feet … when its engine
// failed at 1512 GMT") shares its words and its measures between them: a source's time told in those words is
// the moment it agrees with, not a disagreement with the other one. A time in brackets after another
// ("10:15 p.m. local time (0415 GMT)") is the same moment on another clock, told in the same words.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const timeConflicts = (files: Record<string, string>, path: string) => findingsIn(files, path, 'time-conflict');

const wire = 'Published May 4, 2027\n\nCARDEN, Ontario - Lakeline Flight 22, which left Kingsford for Dunmore at 1205 GMT, ' +
  'was cruising at 31,000 feet north of Carden when its left engine failed at 1512 GMT, the airline said.';

describe('time findings: two moments in one sentence', () => {
  it('a measure in a sentence of two moments links neither to a source time', () => {
    const files = {
      '001_wire.txt': wire,
      '002_radio.txt': 'Published May 4, 2027\n\nPassengers said the jet was at 31,000 feet at 11:12 a.m. EDT.',
    };
    assert.deepEqual(timeConflicts(files, '001_wire.txt'), []);
    assert.deepEqual(timeConflicts(files, '002_radio.txt'), []);
  });

  it('a source time told in the sentence\'s words is the moment it agrees with', () => {
    const files = {
      '001_wire.txt': wire,
      '002_blog.txt': 'Published May 4, 2027\n\nLakeline Flight 22, cruising from Kingsford to Dunmore, reported an engine problem at about 11:12 a.m. EDT north of Carden.',
    };
    assert.deepEqual(timeConflicts(files, '001_wire.txt'), []);
    assert.deepEqual(timeConflicts(files, '002_blog.txt'), []);
  });

  it('a time in brackets is told in the words of the time before it', () => {
    const files = {
      '001_wire.txt': 'MARLOW, Sept 9 (Northwire) - The relief convoy for Eastfold set off from the Marlow depot at 0315 GMT on Friday.',
      'draft_convoy.md': 'The relief convoy for Eastfold set off from the Marlow depot at 10:15 p.m. local time (0415 GMT).',
    };
    const found = timeConflicts(files, 'draft_convoy.md');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(found[0].against[0].label, '001');
  });

  it('a time in brackets after the weekday of the time before it is that moment too', () => {
    const files = {
      '001_wire.txt': 'Published March 3, 2028\n\nThe province opened the Harwick emergency shelter at 1915 GMT on Friday as the storm closed in.',
      '002_daily.md': 'Published March 3, 2028\n\nThe province opened the Harwick emergency shelter at 10:15 p.m. EEST on Friday as the storm closed in.',
      'draft_storm.md': 'The province opened the Harwick emergency shelter at 10:15pm on Friday (2015 GMT) as the storm closed in.',
    };
    const found = timeConflicts(files, 'draft_storm.md');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(found[0].text, '2015 GMT');
    assert.equal(found[0].against[0].label, '001');
  });

  it('a time in brackets after the weekday takes the words of the time before it, not of the clause after it', () => {
    const files = {
      '001_wire.txt': 'TOWNSVILLE, Jan 14 (Northwire) - The weather bureau upgraded Marlo from category 2 to category 3 at 1100 GMT on Friday, warning of damaging gusts.',
      '002_daily.md': 'Published 14 January 2028\n\nThe weather bureau upgraded Marlo from category 2 to category 3 at 9pm on Friday.',
      'draft_storm.md': 'The weather bureau upgraded Marlo from category 2 to category 3 at 9pm AEST on Friday (1300 UTC), and its Advice number 6, issued at 11pm, put the warning zone from Cardwell to Ingham.',
    };
    const found = timeConflicts(files, 'draft_storm.md');
    assert.deepEqual(found.map((f) => [f.text, f.against[0].label]), [['1300 UTC', '001']]);
  });
});
