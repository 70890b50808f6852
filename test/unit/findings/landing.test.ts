// A landing, told without an object in the words reporters vary ("the jet landed" / "the aircraft
// touched down" / "the pilots … landed safely"), is one moment when each article tells it at one
// moment; and one action read to a minute nobody rounds to ("3:17" / "3:22") disagrees minutes apart.
import { strict as assert } from 'node:assert';
import { eventKeysAt, findingsIn } from './review';

const timeConflicts = (files: Record<string, string>, path: string) => findingsIn(files, path, 'time-conflict');

const keysAt = eventKeysAt;

describe('events: a landing', () => {
  it('is keyed alone as well as by its words, and a verb joined on after the time is another action', () => {
    assert.ok(keysAt('The turboprop landed at 3:17 p.m. in heavy rain.', '3:17 p.m.').includes('~land'));
    assert.ok(keysAt('Her plane touched down at 3:17 p.m.', '3:17 p.m.').includes('~land'));
    assert.deepEqual(keysAt('The pilot declared an emergency at 2:52 p.m. and landed in Thorne.', '2:52 p.m.'), []);
  });

  it('two sources that tell the landing five minutes apart, to the minute, conflict', () => {
    const files = {
      '001_post.txt': 'Published March 3, 2027\n\nThe Skerry Air turboprop landed safely at 3:17 p.m. ET, the airline said.',
      '002_herald.txt': 'Published March 3, 2027\n\nWitnesses said the aircraft touched down at 3:22 p.m. ET with one propeller feathered.',
    };
    const found = timeConflicts(files, '002_herald.txt');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(found[0].against[0].label, '001');
  });

  it('round minutes are estimates, and an article telling two landings says not which one', () => {
    const round = {
      '001_post.txt': 'Published March 3, 2027\n\nThe Skerry Air turboprop landed safely at 3:15 p.m. ET, the airline said.',
      '002_herald.txt': 'Published March 3, 2027\n\nWitnesses said the aircraft touched down at 3:20 p.m. ET with one propeller feathered.',
    };
    assert.deepEqual(timeConflicts(round, '002_herald.txt'), []);
    const two = {
      '001_post.txt': 'Published March 3, 2027\n\nThe first relief plane landed at 9:12 a.m. ET. The second landed at 9:48 a.m. ET.',
      '002_herald.txt': 'Published March 3, 2027\n\nA relief plane touched down at 9:17 a.m. ET, officials said.',
    };
    assert.deepEqual(timeConflicts(two, '002_herald.txt'), []);
    assert.deepEqual(timeConflicts(two, '001_post.txt'), []);
  });
});
