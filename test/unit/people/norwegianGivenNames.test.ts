// Common Norwegian given names (Torbjørn, Eirik, Marte, Geir, …) are given names: with one more weak
// sign (a colon before the quotation the person opens), the pair is a person and the speaker.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { isGivenName } from '../../../server/src/analysis/claims/people/givenNames';

describe('people: Norwegian given names', () => {
  it('knows them', () => {
    for (const n of ['torbjørn', 'eirik', 'marte', 'geir', 'stian', 'torunn']) assert.ok(isGivenName(n), n);
  });

  it('credits a quotation after a colon to the named person', () => {
    const text = 'Published March 2, 2027\n\nGeir Solberg of the Coastal Administration set the tone on Monday: "Every hour the wreck stays there is an hour of risk."';
    const a = analyzeArticle({ path: '003_explainer.md', text });
    assert.deepEqual(a.quotes.map((q) => q.speaker?.key ?? null), ['geir solberg']);
  });
});
