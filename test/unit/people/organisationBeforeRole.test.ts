// "Dalton Copper chief executive Mara Quill said …": a name-shaped run told right before a role and
// a person's name is what that person works for. With a given name first ("Dalton") and its last
// word seen alone ("Copper prices fell"), it passed for a person, and "she" went to the company:
// the same words credited to Mara Quill elsewhere became an attribution conflict. Invented text.
import { strict as assert } from 'node:assert';
import { extractPeople } from '../../../server/src/analysis/claims/people';
import { extractQuotes } from '../../../server/src/analysis/claims/quotes';
import { article } from './article';

describe('people: an organisation told before a role and a name', () => {
  it('is no person anywhere in the article, and "she" goes to the person named after the role', () => {
    const text = article(
      ['Copper prices fell on Friday after the levy was announced.'],
      ['Dalton Copper, the region\'s largest miner, fell 6% in early trading.'],
      ['Dalton Copper chief executive Mara Quill said the company would keep its pits open. “We will not close a single shaft this winter,” she said.'],
    );
    const people = extractPeople(text);
    assert.deepEqual(people.map((p) => p.key), ['mara quill']);
    const quotes = extractQuotes(text, people);
    assert.equal(quotes[0].speaker?.key, 'mara quill');
  });

  it('takes role words with their modifiers, and leaves a possessive alone', () => {
    const text = article(
      ['Corbel Freight managing director Tom Hale spoke first.'],
      ['Edith Marsh\'s lawyer Ana Ruiz said the appeal would be filed this week.'],
    );
    const keys = extractPeople(text).map((p) => p.key);
    assert.ok(!keys.includes('corbel freight'));
    assert.ok(keys.includes('tom hale'));
    assert.ok(keys.includes('edith marsh'));
  });

  it('still reads a person told before a comma and a role', () => {
    const text = article(['Mara Quill, chief executive of Dalton Copper, said the pits would stay open.']);
    assert.ok(extractPeople(text).some((p) => p.key === 'mara quill'));
  });
});
