// "Police estimated that about 9,000 marchers took part; organisers put the figure at 40,000" in two
// sources, "Police put the number of marchers at about 5,000; organisers say 40,000" in a third: the
// police estimates, each told before the same rival estimate, are one count in dispute, however far
// apart. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const files = {
  '001_wire.txt': 'Police estimated that about 9,000 marchers took part in the rally across the old town; the organisers put the figure at 40,000.',
  '002_blog.md': 'Police put the number of marchers who joined the rally during the day at about 5,000; the organisers say 40,000.',
  '003_paper.md': 'Police estimated about 9,000 marchers joined the rally. The organisers say 40,000 did.',
};

describe('figure findings: one side\'s estimate told before the same rival estimate', () => {
  it('holds the odd estimate against the sources that tell another beside the same rival', () => {
    const found = findingsIn(files, '002_blog.md', 'figure-conflict');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.deepEqual(found[0].against.map((e) => e.label).sort(), ['001', '003']);
  });

  it('holds nothing where the rival estimates differ too', () => {
    const other = { ...files, '002_blog.md': files['002_blog.md'].replace('40,000', '35,000') };
    assert.deepEqual(findingsIn({ '001_wire.txt': other['001_wire.txt'], '002_blog.md': other['002_blog.md'] }, '002_blog.md', 'figure-conflict'), []);
  });
});
