// "- Peak demand: 410 million cubic metres on Saturday 4 March" / "- Peak use: 12 cubic metres per home
// per day on Friday 3 March": two days a day apart, each written with the weekday the calendar gives it, are two days
// told right (the peak of one measure and of another), not one event misdated, though the fact
// boxes' words around them are alike. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const release = 'Thursday 9 March 2028\n\nGas update from Fenland Gas.\n\n- Peak demand: 410 million cubic metres on Saturday 4 March\n- Storage: 38%';
const blog = '# Live: Fenland gas shortage\n\n*Thursday 9 March 2028*\n\n**10:40** The figures behind the warning:\n- Peak use: 12 cubic metres per home per day on Friday 3 March\n- Storage: 38%';

describe('time findings: two days each on the calendar', () => {
  it('does not hold one against the other on like words alone', () => {
    assert.deepEqual(findingsIn({ '001_release.txt': release, '002_blog.md': blog }, '001_release.txt', 'time-conflict'), []);
    assert.deepEqual(findingsIn({ '001_release.txt': release, '002_blog.md': blog }, '002_blog.md', 'time-conflict'), []);
  });

  it('still holds a day told without its weekday against the same peak', () => {
    const other = 'Thursday 9 March 2028\n\nGas note.\n\n- Peak demand: 410 million cubic metres on 3 March\n- Storage: 38%';
    assert.deepEqual(findingsIn({ '001_release.txt': release, '003_note.txt': other }, '003_note.txt', 'time-conflict').map((f) => f.text), ['3 March']);
  });
});
