// "The statistics office put the figures out at eight o'clock" / "figures published at 09:00 CET": "put
// out" split by a published thing is its publication, one event with "published" (alignment/events.ts
// putOutKeys); "put the fire out" is none. Invented text.
import { strict as assert } from 'node:assert';
import { eventKeysAt, findingsIn } from './review';

describe('events: "put … out" split by its object', () => {
  it('keys a published thing put out as its publication', () => {
    const text = 'The statistics office put the figures out at eight o\'clock this morning.';
    assert.deepEqual(eventKeysAt(text, 'eight o\'clock'), ['~publish:figur']);
  });

  it('keys nothing put out that is not published', () => {
    assert.deepEqual(eventKeysAt('Crews put the fire out at 3:40 a.m.', '3:40 a.m.'), []);
  });

  it('holds the two times of one release against each other', () => {
    const files = {
      '001_wire.txt': 'HELSINKI, May 4 (Baltic Wire) - Finnish exports rose 4.1% in April, the statistics office said in figures published at 09:00 CET on Monday.',
      '002_radio.txt': 'Midday News, Monday 4 May 2026, 12:00 CET\n\nANNA LEHTO: The statistics office put the figures out at eight o\'clock this morning, and exports were up again.',
    };
    assert.equal(findingsIn(files, '002_radio.txt', 'time-conflict').length, 1);
  });
});
