// "read out the preliminary tallies at the counting hall in Apia at 4.10pm": the verb's own object
// and a place stand between the verb and its time; the object is part of the event, no distance
// from it, so the action still reaches the time. Invented text.
import { strict as assert } from 'node:assert';
import { eventKeysAt } from './review';

describe('events: a verb\'s object before the place and time', () => {
  it('reads the action past its object and a place phrase', () => {
    assert.deepEqual(eventKeysAt('Chief Returning Officer Sione Fifita read out the preliminary tallies at the national counting hall in Apia at 4.10pm on Monday.', '4.10pm'),
      ['~pronounce:preliminary', '~pronounce:tally', '~pronounce:national']);
  });

  it('still leaves a verb too far off without an object before a preposition', () => {
    assert.deepEqual(eventKeysAt('Chief Returning Officer Sione Fifita read out a statement that thanked volunteers and officials in every village of the islands at 4.10pm.', '4.10pm'), []);
  });
});
