// "Chief executive Dana Whitcombe has been doing the media rounds. … she said: “…”": a subject whose
// verb is "has been" (the auxiliary is skipped like an adverb) is still the sentence's subject, and
// "she" goes on with her. Sentences are our own.
import { strict as assert } from 'node:assert';
import { extractPeople } from '../../../server/src/analysis/claims/people';
import { extractQuotes } from '../../../server/src/analysis/claims/quotes';
import { article } from '../people/article';

describe('quotes: a pronoun after a subject in the present perfect of "be"', () => {
  it('"has been" makes the named person the subject "she" refers to', () => {
    const text = article(
      ['Finance chief Ruth Aldane has been on the phone to investors all morning. Asked on Coastline Radio whether costs would rise, she said: "We have hedged most of it."'],
    );
    const quotes = extractQuotes(text, extractPeople(text));
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0].speaker?.key, 'ruth aldane');
  });

  it('"had been" too; a role alone as the subject still leaves "she" unresolved', () => {
    const text = article(['Finance chief Ruth Aldane had been cautious. She said: "We have hedged most of it."']);
    assert.equal(extractQuotes(text, extractPeople(text))[0].speaker?.key, 'ruth aldane');
    const role = article(['Finance chief Ruth Aldane spoke first.', 'The chairwoman had been cautious. She said: "We have hedged most of it."']);
    assert.equal(extractQuotes(role, extractPeople(role))[0].speaker, null);
  });
});
