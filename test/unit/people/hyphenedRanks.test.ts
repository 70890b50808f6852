// "Lieutenant-Colonel Orvella Kasteni", "Major-General Dravik Osmundo": a rank written with a hyphen is
// an office title like "Colonel", not part of the name. Without it one officer named with her rank in one
// report and without it in another was two people, and her quotation an attribution conflict. Invented text.
import * as assert from 'node:assert/strict';
import { analyzeArticle } from '../../../server/src/analysis';

function credits(text: string): { people: string[]; speakers: (string | undefined)[] } {
  const a = analyzeArticle({ path: '/desk/001_wire.txt', text });
  return { people: a.people.map((p) => p.name), speakers: a.quotes.map((q) => q.speaker?.key) };
}

describe('people: ranks written with a hyphen', () => {
  it('keeps the rank out of the name and the speaker key', () => {
    const got = credits('Lieutenant-Colonel Orvella Kasteni, who commands the border post, said: "We closed the road at noon."');
    assert.ok(got.people.includes('Orvella Kasteni'), JSON.stringify(got));
    assert.deepEqual(got.speakers, ['orvella kasteni']);
  });

  it('reads the other hyphened ranks the same way', () => {
    for (const [text, name] of [
      ['Major-General Dravik Osmundo told reporters the drill was over.', 'Dravik Osmundo'],
      ['Vice-Admiral Tamiru Feyssa said the fleet would sail on Monday.', 'Tamiru Feyssa'],
    ]) assert.ok(credits(text).people.includes(name), `${text} ${JSON.stringify(credits(text).people)}`);
  });
});
