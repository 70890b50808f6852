// A wire's lede tells the event's day and the day it was said ("… swept through Marlow Bridge on
// Thursday night, flooding 40 homes, officials said on Friday"): the day it was said is no second event
// of the sentence, so a draft that puts the event on another weekday in like words is held to it.
// Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const wire = 'MARLOW BRIDGE, Oct 9 (Northwire) - A flash flood swept through the village of Marlow Bridge on Thursday night, flooding homes and cutting the main road, officials said on Friday.';

describe('time findings: a weekday beside the day the lede was said', () => {
  it('holds a draft\'s weekday to the event\'s day in a sentence that also tells when it was said', () => {
    const files = { '001_wire.txt': wire, 'draft_flood.md': 'A flash flood swept through Marlow Bridge on Wednesday night, flooding homes and cutting the main road.' };
    const found = findingsIn(files, 'draft_flood.md', 'time-conflict');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(files['draft_flood.md'].slice(found[0].span.start, found[0].span.end), 'Wednesday');
  });

  it('still leaves the same day alone, and a sentence of two events\' days', () => {
    assert.deepEqual(findingsIn({ '001_wire.txt': wire, 'draft_flood.md': 'A flash flood swept through Marlow Bridge on Thursday night, flooding homes and cutting the main road.' }, 'draft_flood.md', 'time-conflict'), []);
    const two = {
      '001_wire.txt': 'MARLOW BRIDGE, Oct 9 (Northwire) - A flash flood swept through the village of Marlow Bridge on Thursday night and the main road reopened on Friday.',
      'draft_flood.md': 'A flash flood swept through Marlow Bridge on Wednesday night, flooding homes and cutting the main road.',
    };
    assert.deepEqual(findingsIn(two, 'draft_flood.md', 'time-conflict'), []);
  });
});
