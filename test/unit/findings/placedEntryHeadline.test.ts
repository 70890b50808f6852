// "14:00 GMT (16:00 CEST): Result announced at Kinross Hall, Perth.": a timeline entry's headline whose
// participle is followed by the place it was done at tells what was done to its subject then, and
// the place is no object of the verb. So the entry's time is one moment with a wire's "the result,
// announced at 1330 GMT at a ceremony in Perth", and the two disagree. Invented text.
import { strict as assert } from 'node:assert';
import { eventKeysAt, findingsIn } from './review';

describe('times: a timeline entry whose participle is followed by its place', () => {
  it('keys the entry by its subject, not by the place after the verb', () => {
    const line = '14:00 GMT (16:00 CEST): Result announced at Kinross Hall, Perth.';
    assert.deepEqual(eventKeysAt(line, '14:00 GMT'), ['~publish:result']);
    assert.deepEqual(eventKeysAt('The fund was announced at 9am.', '9am'), ['~pronounce:fund']);
  });

  it('holds the entry against a wire that tells the same announcement at another time', () => {
    const files = {
      '000_wire.txt': 'PERTH, Scotland, June 4 (Tayside Wire) - The new grain price, announced at 1330 GMT at a ceremony in Perth, was 4% higher.\n',
      '002_release.txt': 'GRAIN BOARD\n\nTIMELINE\n\n- Wednesday, 4 June 2031, 14:00 GMT (15:00 BST): Price announced at Kinross Hall, Perth.\n',
    };
    assert.deepEqual(findingsIn(files, '002_release.txt', 'time-conflict').map((f) => f.text), ['14:00 GMT']);
  });
});
