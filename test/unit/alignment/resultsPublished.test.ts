// What was published at a clock time, told as reporters vary it: "the figures, which were released at
// 9:15 a.m.", "according to figures released at 9:15", "Figures released: 9:15 a.m.", "Figures are out.
// The agency released them at 9:15", and results "announced" as they are "published". Each keys the
// time on the thing published, so the times link as one moment. Invented text.
import { strict as assert } from 'node:assert';
import { eventKeysAt } from '../findings/review';

describe('events: the thing published, however the sentence tells it', () => {
  it('reads the noun a relative passive hangs on', () => {
    assert.deepEqual(eventKeysAt('Exports fell, according to the figures, which were released at 9:15 a.m. local time.', '9:15 a.m.'), ['~publish:figur']);
  });

  it('reads the noun after a preposition that a participle follows', () => {
    assert.deepEqual(eventKeysAt('Exports fell 4 per cent, according to figures released at 9:15 a.m. on Monday.', '9:15 a.m.'), ['~publish:figur']);
    // The subject of a finite verb is not read so: "Police released at 9:15 …" names no thing released.
    assert.deepEqual(eventKeysAt('Police released at 9:15 a.m. on Monday, a spokesman said.', '9:15 a.m.'), []);
  });

  it('reads the subject of a label that ends in the verb', () => {
    assert.deepEqual(eventKeysAt('Figures released: Monday 4 March, 9:15 a.m.', '9:15 a.m.'), ['~publish:figur']);
  });

  it('reads a pronoun object as the subject of the short sentence before', () => {
    assert.deepEqual(eventKeysAt('Figures are out. The agency released them at 9:15 a.m. sharp.', '9:15 a.m.'), ['~publish:figur']);
    assert.deepEqual(eventKeysAt('The agency released them at 9:15 a.m. sharp.', '9:15 a.m.'), []);
  });

  it('reads results announced as results published', () => {
    assert.deepEqual(eventKeysAt('The exam results were announced at 11 a.m. on Thursday.', '11 a.m.'), ['~publish:result', '~publish:exam']);
    assert.deepEqual(eventKeysAt('The verdict was announced at 11 a.m. on Thursday.', '11 a.m.'), ['~pronounce:verdict']);
  });
});
