// "the analyst Tom Hale of Halden Rask, who …, says …": the firm a person is told to work for,
// with the person's ", who" clause after it, passed for a person (", who" is a person's sign), and
// the quotation after the clause went to the firm: the same words credited to Tom Hale in another
// source became an attribution conflict. Invented text.
import { strict as assert } from 'node:assert';
import { extractPeople } from '../../../server/src/analysis/claims/people';
import { extractQuotes } from '../../../server/src/analysis/claims/quotes';
import { article } from './article';

describe('people: a firm told as where the person before it works, then ", who"', () => {
  it('after "of" behind a name is no person, and the quotation goes to the person', () => {
    const text = article(
      ['Grain prices rose for a third week.'],
      ['The analyst Tom Hale of Halden Rask, who has followed the market for a decade, says farm incomes "have been falling behind costs since the drought".'],
    );
    const people = extractPeople(text);
    assert.deepEqual(people.map((p) => p.key), ['tom hale']);
    const quotes = extractQuotes(text, people);
    assert.equal(quotes[0].speaker?.key, 'tom hale');
  });

  it('after an organisation noun is no person either', () => {
    const text = article(
      ['"Farm incomes have been falling behind costs since the drought," said Tom Hale, an analyst at the consultancy Halden Rask, who is not related to the minister.'],
    );
    assert.deepEqual(extractPeople(text).map((p) => p.key), ['tom hale']);
  });

  it('still reads a person after "of" a common noun or a month, with ", who"', () => {
    const text = article(
      ['The inquiry heard from the daughter of Mara Quill, who died in the fire.'],
      ['The killing in March of Edith Marsh, who ran the shop, shocked the town.'],
    );
    const keys = extractPeople(text).map((p) => p.key);
    assert.ok(keys.includes('mara quill'));
    assert.ok(keys.includes('edith marsh'));
  });
});
