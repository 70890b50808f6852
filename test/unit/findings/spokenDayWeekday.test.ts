// "Its chief said on Monday that the mills would restart" and "the mills would restart on Tuesday": the
// weekday of one is the day something was said, of the other the day of what was said; the two are
// no dispute over one event's day. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const saidDay = 'The federation\'s chair, Lidia Marsh, said on Monday that the paper mills would restart their night shifts where the power supply was stable.';
const eventDay = 'Lidia Marsh, the federation\'s chair, said the paper mills would restart their night shifts on Tuesday where the power supply was stable.';

describe('time findings: a weekday told as the day something was said', () => {
  it('does not hold the day of what was said to the day it was said', () => {
    const files = { '001_wire.txt': saidDay, '002_blog.md': eventDay };
    assert.deepEqual(findingsIn(files, '002_blog.md', 'time-conflict'), []);
    assert.deepEqual(findingsIn(files, '001_wire.txt', 'time-conflict'), []);
  });

  it('still holds two days of what was said to each other', () => {
    const files = { '001_wire.txt': eventDay, 'draft_mills.md': 'Lidia Marsh, the federation\'s chair, said the paper mills would restart their night shifts on Thursday where the power supply was stable.' };
    const found = findingsIn(files, 'draft_mills.md', 'time-conflict');
    assert.equal(found.length, 1, JSON.stringify(found));
  });
});
