// "And the harbour spokeswoman for the region, Sigrid Aune, called it …": a conjunction opening the
// sentence (as speech and transcripts often put it) is no part of the fronted role, and the name after
// the comma is the person and the sentence's subject, as without "And". Invented text.
import { strict as assert } from 'node:assert';
import { extractPeople } from '../../../server/src/analysis/claims/people';
import { extractQuotes } from '../../../server/src/analysis/claims/quotes';
import { article } from './article';

describe('people: a fronted role after an opening conjunction', () => {
  it('names the person after the comma, who is credited with the quotation', () => {
    const text = article([
      'Customs officers stopped a lorry at the ferry port on Monday.',
      'And the harbour spokeswoman for the region, Sigrid Aune, called it, quote, "the worst case we have seen in a decade."',
    ]);
    const people = extractPeople(text);
    assert.ok(people.some((p) => p.key === 'sigrid aune'), JSON.stringify(people.map((p) => p.key)));
    assert.equal(extractQuotes(text, people)[0].speaker?.key, 'sigrid aune');
  });

  it('reads "But" the same way', () => {
    const text = article([
      'Customs officers stopped a lorry at the ferry port on Monday.',
      'But the port director, Sigrid Aune, told reporters it was "the worst case we have seen in a decade."',
    ]);
    const people = extractPeople(text);
    assert.equal(extractQuotes(text, people)[0].speaker?.key, 'sigrid aune');
  });

  it('leaves a conjunction before no role alone', () => {
    const text = article(['And the harbour, Port Ellery, was closed on Monday.']);
    assert.deepEqual(extractPeople(text).map((p) => p.key), []);
  });
});
