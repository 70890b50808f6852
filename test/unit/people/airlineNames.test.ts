// "Corran Valley Air", "Tarsk Aviation", "Highland Helicopters": a word of flying that closes a capitalised
// run names an operator, not a person. Read as a person, the operator stood between a pilot and his
// quotation ("Captain X of Y Air, who flew …, said: “…”") and took the credit: the same words credited to
// the pilot elsewhere became an attribution conflict. Invented text.
import * as assert from 'node:assert/strict';
import { analyzeArticle } from '../../../server/src/analysis';

function credits(text: string): { people: string[]; speakers: (string | undefined)[] } {
  const a = analyzeArticle({ path: '/desk/001_blog.md', text });
  return { people: a.people.map((p) => p.name), speakers: a.quotes.map((q) => q.speaker?.key) };
}

describe('people: an air operator\'s name is no person', () => {
  it('credits the pilot, not the operator named after "of"', () => {
    const got = credits('Captain Orrin Vesk of Corran Valley Air, who flew the first lift, describes the weather: “The cloud sat on the ridge all morning.”');
    assert.deepEqual(got.speakers, ['orrin vesk'], JSON.stringify(got));
    assert.ok(!got.people.includes('Corran Valley Air'), JSON.stringify(got));
  });

  it('reads "Aviation" and "Helicopters" the same way', () => {
    for (const org of ['Tarsk Aviation', 'Highland Helicopters']) {
      const got = credits(`Mara Ilves of ${org}, who flew the night shift, said: “We saw the lights at two.”`);
      assert.deepEqual(got.speakers, ['mara ilves'], `${org} ${JSON.stringify(got)}`);
    }
  });
});
