// "six districts" / "the remaining four districts": the rest of a whole is another quantity than
// the part told before it, even tied to the same clock time.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

describe('findings: the rest of a whole', () => {
  const files = {
    '001_wire.txt': 'ORLAN, May 3 (Wirepost) - The flood warning stays in force for six districts until 18:00 on Saturday, officials said.',
    '002_release.txt': 'ORLAN, May 3 (Wirepost) - The flood warning covers the lowland districts until 18:00 on Saturday. The remaining four districts are on a watch.',
    'draft_flood.md': '# Flood warning\n\nA flood warning is in force for six districts. The other four districts are on a watch.',
  };

  it('does not hold "the remaining four districts" against "six districts"', () => {
    assert.deepEqual(findingsIn(files, '002_release.txt', 'figure-conflict'), []);
    assert.deepEqual(findingsIn(files, '001_wire.txt', 'figure-conflict'), []);
  });

  it('holds the draft\'s rest to the sources\' rest, not to the part', () => {
    assert.deepEqual(findingsIn(files, 'draft_flood.md', 'figure-conflict'), []);
    const wrong = { ...files, 'draft_flood.md': '# Flood warning\n\nA flood warning is in force for six districts. The other five districts are on a watch.' };
    const found = findingsIn(wrong, 'draft_flood.md', 'figure-conflict');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.match(found[0].text ?? '', /five/);
  });
});

describe('findings: the rest of a whole told after the count', () => {
  const files = {
    '001_wire.txt': 'CALDER, July 9 (Wirepost) - Five crews, three local and two from abroad, finished the regatta at 4:40 p.m. BST, organisers said.',
    '002_blog.md': '# LIVE: Calder regatta\n\n*Calder Courier live blog · Saturday 9 July 2026 · all times BST*\n\n**16:35** Almost there on the river. Two foreign crews left. The banks are packed.\n',
  };

  it('does not hold "two crews left" against all five crews minutes later', () => {
    assert.deepEqual(findingsIn(files, '002_blog.md', 'figure-conflict'), []);
    assert.deepEqual(findingsIn(files, '001_wire.txt', 'figure-conflict'), []);
  });

  it('still reads "left" with an object as a verb: all who left', () => {
    const verb = { ...files, '002_blog.md': files['002_blog.md'].replace('Two foreign crews left.', 'Two foreign crews left the water.') };
    // A count of crews that left the water at 16:35 is the moment's count, held to the wire's five.
    assert.equal(findingsIn(verb, '002_blog.md', 'figure-conflict').length, 1);
  });
});
