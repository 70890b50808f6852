// "Emergency crews carried out 14 rescues overnight, Commissioner Arlo Penhale said. “…,” he told
// motorists.": the sentence's subject is not made out (a capitalised opener before a plain noun), but
// the person who speaks in its closing clause is the one "he" goes on with, not someone named earlier.
import { strict as assert } from 'node:assert';
import { extractPeople } from '../../../server/src/analysis/claims/people';
import { extractQuotes } from '../../../server/src/analysis/claims/quotes';
import { article } from '../people/article';

describe('quotes: a pronoun after a report closed by its speaker', () => {
  it('"he" goes to the person who said the sentence before, though its subject is not made out', () => {
    const text = article(
      ['Mayor Tomas Reyna opened a third evacuation centre at the showgrounds.'],
      ['Emergency crews carried out 14 rescues overnight, Fire and Rescue Commissioner Arlo Penhale said.', '"Stay off the roads," he told motorists.'],
    );
    const quotes = extractQuotes(text, extractPeople(text));
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0].speaker?.key, 'arlo penhale');
  });

  it('with no person speaking in the sentence before, "he" still reaches the one named in the paragraph before', () => {
    const text = article(
      ['Mayor Tomas Reyna opened a third evacuation centre at the showgrounds.'],
      ['Emergency crews carried out 14 rescues overnight.', '"Stay off the roads," he told motorists.'],
    );
    const quotes = extractQuotes(text, extractPeople(text));
    assert.equal(quotes[0].speaker?.key, 'tomas reyna');
  });

  it('two people closing the sentence together leave "he" unresolved', () => {
    const text = article(
      ['Mayor Tomas Reyna opened a third evacuation centre at the showgrounds.'],
      ['Emergency crews worked through the night, Commissioner Arlo Penhale and union leader Dev Mistry said.', '"Stay off the roads," he told motorists.'],
    );
    const quotes = extractQuotes(text, extractPeople(text));
    assert.equal(quotes[0].speaker, null);
  });
});
