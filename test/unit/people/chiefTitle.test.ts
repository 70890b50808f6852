// "Fire Chief Ben Corrie", "Chief Constable Sarah Crew": "chief" before a name is an office title, as
// "Mayor" is. Without it a fire chief was no person, and "he said" after his quotation went to the
// last person named before him (a mayor): a wrong credit the checks would hold against a source that
// names him. Invented text.
import * as assert from 'node:assert/strict';
import { analyzeArticle } from '../../../server/src/analysis';

function credits(text: string): { people: string[]; speakers: (string | undefined)[] } {
  const a = analyzeArticle({ path: '/desk/001_wire.txt', text });
  return { people: a.people.map((p) => p.name), speakers: a.quotes.map((q) => q.speaker?.key) };
}

describe('people: "chief" as an office title before a name', () => {
  it('names a fire chief and credits him with his own words, not the mayor named before him', () => {
    const got = credits('Mayor Ada Pell spoke first at the depot. Fire Chief Ben Tully said crews searched every house. "We knocked on every door before midnight," he said.');
    assert.ok(got.people.includes('Ben Tully'), JSON.stringify(got));
    assert.deepEqual(got.speakers, ['ben tully']);
  });

  it('keeps the names after titles that open with "Chief"', () => {
    for (const [text, name] of [
      ['Chief Constable Mara Quill said officers arrived within minutes.', 'Mara Quill'],
      ['Chief Executive Ines Vardy said profits fell by a tenth.', 'Ines Vardy'],
      ['Chief Inspector Tom Reede of the county police said the road was shut.', 'Tom Reede'],
    ]) assert.ok(credits(text).people.includes(name), text);
  });
});
