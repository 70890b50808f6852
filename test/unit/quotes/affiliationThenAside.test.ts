// A live blog's "Name of the Body, outside the board office: “…”": the person's affiliation and then an
// aside of place before the colon (round 50). Each alone credited the quotation already ("Name of the
// Body: “…”", "Name, in the hall: “…”"); the two together, and an aside opening with a word of place
// ("outside", "near") that is no preposition of the lexicon's, did not. Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

const blog = (entry: string) => [
  '# Live: the port strike', '',
  `**4:10 pm** — ${entry}`, '',
  '**4:00 pm** — The talks broke up without a deal.',
].join('\n');

const speakerOf = (text: string) => analyzeArticle({ path: '001_blog.md', text }).quotes[0]?.speaker?.key ?? null;

describe('quotes: a name with its affiliation and an aside of place before a colon', () => {
  it('credits the person before "of the Body" and an aside opening with "outside"', () => {
    assert.equal(speakerOf(blog('Lena Voss of the Harbour Workers Union, outside the board office: "We will stay on the quays until the board comes back with a real number."')), 'lena voss');
  });

  it('credits the person before "of the Body" and an aside opening with a preposition', () => {
    assert.equal(speakerOf(blog('Lena Voss of the Harbour Workers Union, at the gates: "We will stay on the quays until the board comes back with a real number."')), 'lena voss');
  });

  it('credits no one when a verb stands before the name', () => {
    assert.equal(speakerOf(blog('Police moved Lena Voss of the Harbour Workers Union, outside the board office: "We will stay on the quays until the board comes back."')), null);
  });
});
