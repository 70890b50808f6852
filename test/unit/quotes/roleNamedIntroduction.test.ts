// A press release's introducing paragraph that sets the role before the name ("The spokeswoman of the
// Authority, Ms Dana Roth, said:") is that person's, and so is the quotation in the paragraph after it.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

const speakerOf = (text: string, words: string) => analyzeArticle({ path: '002_release.txt', text }).quotes.find((q) => q.text.includes(words))?.speaker?.key;

describe('quotes: a role, then the name between commas, introducing the next paragraph', () => {
  it('credits the quotation to the named person', () => {
    assert.equal(speakerOf('The spokeswoman of the Port Authority, Ms Dana Roth, said:\n\n"The new berths will open to ferries on Monday."', 'berths'), 'dana roth');
    assert.equal(speakerOf('The harbour master, Ivo Petrak, said:\n\n"No ship will be turned away this winter."', 'turned away'), 'ivo petrak');
  });

  it('leaves a role with no name unattributed', () => {
    assert.equal(speakerOf('The spokeswoman of the Port Authority said:\n\n"The new berths will open to ferries on Monday."', 'berths'), undefined);
  });
});
