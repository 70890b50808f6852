// "Its chairman, Dermot Keane, said …": a role fronted with a possessive pronoun ("its", "their",
// "her") names the person after the comma as "The chairman, Dermot Keane," does. Without it the name
// had one weak sign only, so no person was read and "he said" went to no one. Invented text.
import { strict as assert } from 'node:assert';
import { extractPeople } from '../../../server/src/analysis/claims/people';
import { extractQuotes } from '../../../server/src/analysis/claims/quotes';
import { article } from './article';

describe('people: a role fronted with a possessive pronoun', () => {
  it('names the person after the comma, who then speaks for "he"', () => {
    const text = article([
      'The Harbour Pilots Association says 40 jobs are at risk.',
      'Its chairman, Dermot Keane, warned the pilots would not back down.',
      '“We will sail when it is safe and not an hour before,” he said.',
    ]);
    const people = extractPeople(text);
    const keane = people.find((p) => p.key === 'dermot keane');
    assert.ok(keane, JSON.stringify(people.map((p) => p.key)));
    assert.deepEqual(keane.roles, ['chairman']);
    assert.equal(extractQuotes(text, people)[0].speaker?.key, 'dermot keane');
  });

  it('does not read a relative after "her" as a person by the fronted role alone', () => {
    const text = article([
      'Edith Morran is eighty.',
      'Her grandfather, Tobias Morran, kept the key to the cellar.',
      'She told me: “We never found the lock it opened.”',
    ]);
    // (A relative named so is left to other evidence: the pronoun's person is the one the story is about.)
    assert.deepEqual(extractPeople(text).map((p) => p.key), ['edith morran']);
  });

  it('leaves a possessive pronoun before no role alone', () => {
    const text = article(['Its harbour, Port Ellery, was closed on Monday.']);
    assert.deepEqual(extractPeople(text).map((p) => p.key), []);
  });
});
