// "Lieutenant Commander Aled Prys-Morgan", "Lt Cdr Prys-Morgan", "Commodore Siosaia Vaipulu": naval and
// military ranks before a name are office titles, as "Captain" is. Without them a navy spokesman was no
// person, and "he says" after his quotation went to the last person named before him. Invented text.
import * as assert from 'node:assert/strict';
import { analyzeArticle } from '../../../server/src/analysis';

function credits(text: string): { people: string[]; speakers: (string | undefined)[] } {
  const a = analyzeArticle({ path: '/desk/001_blog.txt', text });
  return { people: a.people.map((p) => p.name), speakers: a.quotes.map((q) => q.speaker?.key) };
}

describe('people: naval and military ranks before a name', () => {
  it('names a lieutenant commander and credits him with his own words, not the person named before him', () => {
    const got = credits('Harbour master Joan Treloar opened the quay at dawn.\n\nAt the briefing, navy spokesman Lieutenant Commander Ilkhom Davronov Rashidov says four boats are searching. "We will stay out as long as the weather allows," he says.');
    assert.ok(got.people.includes('Ilkhom Davronov Rashidov'), JSON.stringify(got));
    assert.deepEqual(got.speakers, ['ilkhom davronov rashidov']);
  });

  it('keeps the names after abbreviated ranks and a commodore', () => {
    for (const [text, name] of [
      ['Lt Cdr Ilkhom Davronov Rashidov told reporters the boats were back.', 'Ilkhom Davronov Rashidov'],
      ['Commodore Siosaia Vaipulu said the exercise was called off.', 'Siosaia Vaipulu'],
    ]) assert.ok(credits(text).people.includes(name), text);
  });
});
