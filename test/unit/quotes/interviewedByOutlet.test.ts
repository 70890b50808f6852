// "We spoke to Marta Quell, 38, a nurse who walked home from the station. “…,” she said.": the outlet,
// in the first person, names whom it interviewed, and "she said" right after is that person's words.
// A sentence naming two people leaves "she" unclear. Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

const blog = (opening: string) => [
  'LIVE: Rail strike in Harbridge', '', '14:05', '',
  `${opening} “The trains just stopped and nobody told us anything,” she said, still holding her ticket.`,
].join('\n');
const speaker = (text: string) => analyzeArticle({ path: '001_blog.txt', text }).quotes.find((q) => q.text.includes('trains just stopped'))?.speaker?.key ?? null;

describe('quotes: "she said" after the outlet names whom it spoke to', () => {
  it('credits the quotation to the person the outlet spoke to', () => {
    assert.equal(speaker(blog('We spoke to Marta Quell, 38, a nurse who walked home from the station.')), 'marta quell');
    assert.equal(speaker(blog('I met Marta Quell, a nurse, outside the station.')), 'marta quell');
  });
  it('leaves it unclear when the sentence names someone else too', () => {
    assert.equal(speaker(blog('We spoke to Marta Quell, a nurse, and to her manager Tom Hale outside the station.')), null);
  });
});
