// "Derwent Clyde Water", "Tamar Energy", "Brent Rail": a utility's name ends in what it supplies.
// A given name inside it ("Clyde") must not make it a person, or "she" in the next sentence goes to it.
import { strict as assert } from 'node:assert';
import { extractPeople } from '../../../server/src/analysis/claims/people';
import { extractQuotes } from '../../../server/src/analysis/claims/quotes';
import { article } from './article';

describe('people: a utility named for what it supplies is not a person', () => {
  it('"Derwent Clyde Water has not objected" names no one, and "she" stays with the planning officer', () => {
    const text = article([
      'Planning officer Lena Hartigan told councillors the plant would draw 40 megawatts, and that Derwent Clyde Water has not objected.',
      'Asked about traffic, she replied: “Every lorry movement will be logged and published.”',
    ]);
    const people = extractPeople(text);
    assert.deepEqual(people.map((p) => p.key), ['lena hartigan']);
    const quotes = extractQuotes(text, people);
    assert.equal(quotes[0].speaker?.key, 'lena hartigan');
  });

  it('energy and rail companies with a given name in them are organisations too', () => {
    const text = article([
      'Inspector Maud Kerrigan said Tamar Energy has agreed to the terms and Brent Rail has asked for more time.',
    ]);
    assert.deepEqual(extractPeople(text).map((p) => p.key), ['maud kerrigan']);
  });
});
