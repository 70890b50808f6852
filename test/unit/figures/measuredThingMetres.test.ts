// "a 3.8m shark", "the 3.8m great white", "a 14m yacht", "5m waves": an "m" glued to a numeral before a thing news
// measures by its length is metres (nobody counts sharks, boats or waves in millions), so it meets the
// other sources' lengths; "3.8m viewers" stays a count in millions. Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from '../findings/review';

const read = (text: string) => analyzeArticle({ path: 'x.md', text }).figures.map((f) => [f.text, f.value, f.counted]);

describe('figures: an "m" before a thing measured by its length', () => {
  it('reads "3.8m" before a shark, a great white, a yacht or waves as metres', () => {
    assert.deepEqual(read('Divers saw a 3.8m shark off the point.'), [['3.8m', 3.8, 'metre']]);
    assert.deepEqual(read('It was the 3.8m great white seen at dawn.'), [['3.8m', 3.8, 'metre']]);
    assert.deepEqual(read('A 14m yacht lost its mast.'), [['14m', 14, 'metre']]);
    assert.deepEqual(read('Forecasters expect 5m waves on Friday.'), [['5m', 5, 'metre']]);
  });

  it('leaves a count of people in millions alone', () => {
    assert.deepEqual(read('The final drew 3.8m viewers.').map((f) => f[2] === 'metre'), [false]);
  });

  it('holds the length against another source\'s length of the same shark', () => {
    const files = {
      '000_wire.txt': 'HOBSON, March 2 (Coast Wire) - Rangers said the shark seen off Hobson Point was about two and a half metres long.',
      '001_blog.md': '# Shark sighting\n\nThe shark is believed to be the 3.8m great white seen off Hobson Point.',
    };
    assert.deepEqual(findingsIn(files, '001_blog.md', 'figure-conflict').map((f) => f.text), ['3.8m']);
  });
});
