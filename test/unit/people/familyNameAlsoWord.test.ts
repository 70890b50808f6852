// "said Park Min-seo of Hanul Capital", "Park Min-seo, an analyst": a Korean family name that is also a
// word of places or organisations ("Central Park") before a hyphened given name is a person, and the
// hyphened given name in second place counts as a given name does in first (round 45). A place or a
// firm whose name holds the word ("Olympic Park Trust") is still no person. Invented text.
import { strict as assert } from 'node:assert';
import { extractPeople } from '../../../server/src/analysis/claims/people';
import { article } from './article';

describe('people: a family name that is also a word of places', () => {
  it('reads "Park" before a hyphened given name as a person', () => {
    const people = extractPeople(article(['"The slowdown is seasonal," said Park Min-seo of Hanul Capital.']));
    assert.deepEqual(people.map((p) => p.key), ['min-seo park']);
  });

  it('reads "Lee" before a hyphened given name and "of" a firm as a person', () => {
    const people = extractPeople(article(['"Orders will pick up," said Lee Da-eun of Sokcho Securities.']));
    assert.deepEqual(people.map((p) => p.key), ['da-eun lee']);
  });

  it('still reads no person in a place\'s name', () => {
    const people = extractPeople(article(['"Visitors are back," said Olympic Park Trust.']));
    assert.deepEqual(people.map((p) => p.key), []);
  });
});
