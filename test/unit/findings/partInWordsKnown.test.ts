// A radio transcript that tells a whole and its part in words ("four hundred and six patients across
// the county, ninety-one of them at the field hospital") tells both numbers: a blog's count at the
// field hospital and a wire's count across the county are then a part and its whole, not one count
// disputed at one moment. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

describe('findings: a part told in words after "of them"', () => {
  const files = {
    '000_wire.txt': 'HARBOURTON, March 3 (Coastwire) - The measles outbreak was slowing on Tuesday.\n\n' +
      'Around 406 patients were being treated across the county on Tuesday morning, more than half of them at the Oakfield field hospital.',
    '001_blog.md': '# LIVE: Harbourton measles\n\n**Coast Daily** | Live updates, Tuesday 3 March 2026\n\n**06:45** – Good morning.\n\n' +
      'The Oakfield field hospital still had 91 patients this morning.',
    '002_radio.txt': 'HARBOURTON FM - EVENING SHOW\nBroadcast: Tuesday 3 March 2026, 19:00 GMT\n\nHOST: And how many are still in hospital?\n\n' +
      'DR OKORO: This morning, four hundred and six patients across the county, ninety-one of them at the Oakfield field hospital.',
  };

  it('holds neither the blog\'s 91 nor the 406 of the others against each other', () => {
    assert.deepEqual(findingsIn(files, '001_blog.md', 'figure-conflict').map((f) => f.message), []);
    assert.deepEqual(findingsIn(files, '000_wire.txt', 'figure-conflict').map((f) => f.message), []);
    assert.deepEqual(findingsIn(files, '002_radio.txt', 'figure-conflict').map((f) => f.message), []);
  });

  it('still holds the blog to a transcript that tells another part', () => {
    const other = { ...files, '002_radio.txt': files['002_radio.txt'].replace('ninety-one of them', 'sixty-four of them') };
    assert.equal(findingsIn(other, '001_blog.md', 'figure-conflict').length, 1);
  });
});
