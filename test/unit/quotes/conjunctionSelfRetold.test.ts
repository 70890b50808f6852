// "DONEV: … And I will say again what I said at the depot this morning: we will not drive until the
// pay is fair.": a transcript speaker retelling their own words after a conjunction still speaks for
// themselves; only another's words reported after a colon ("The mayor told us: …") leave the turn.
// Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

const text = 'RADIO VARNA - EVENING LINE\nBroadcast: Monday 9 March 2026, 19:00\n\n' +
  'ANNA KOLEVA (PRESENTER): Good evening. With me is Petar Donev, head of the drivers\' union. How many drivers stayed at home today?\n\n' +
  'PETAR DONEV: Almost all of them. And I will say again what I said at the depot this morning: we will not drive until the pay is fair.\n\n' +
  'KOLEVA: And the mayor?\n\nDONEV: The mayor told us on Friday: there is no more money. We will see.\n';

describe('quotes: a transcript speaker retelling their own words after a conjunction', () => {
  const quotes = analyzeArticle({ path: '003_radio.txt', text }).quotes.filter((q) => q.speaker?.key === 'petar donev').map((q) => q.text);

  it('keeps the retold words in the turn', () => {
    assert.ok(quotes.some((q) => q.includes('we will not drive until the pay is fair')));
  });

  it('still leaves out words reported of someone else', () => {
    assert.ok(!quotes.some((q) => q.includes('there is no more money')));
  });
});
