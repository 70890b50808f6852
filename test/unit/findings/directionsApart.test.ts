// "The eastbound lanes reopened at 2:05 p.m." / a live blog's "4:20pm" entry: "The westbound lanes are
// open again": the two directions of one road share the words of their clauses (lanes, reopened) but
// each side is its own moment, not one moment told two ways. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const wire = 'HOLTBY, June 3 (Eastline News) - A tanker fire shut the Holtby bypass on Tuesday morning. The eastbound lanes reopened at 2:05 p.m. and the road was cleared later in the day, police said.\n';
const blog = '# LIVE: Holtby bypass fire\n\n**4:28pm** The westbound lanes have reopened, police say. Drivers should expect delays.\n\n**9:10am** Police have closed the Holtby bypass after a tanker fire.\n';

describe('time findings: two directions of one road', () => {
  it('does not hold one direction\'s reopening against the other\'s', () => {
    const files = { '000_wire.txt': wire, '001_blog.md': blog };
    assert.deepEqual(findingsIn(files, '000_wire.txt', 'time-conflict'), []);
    assert.deepEqual(findingsIn(files, '001_blog.md', 'time-conflict'), []);
  });

  it('still holds one direction\'s reopening against the same direction\'s', () => {
    const same = blog.replace('westbound', 'eastbound');
    assert.equal(findingsIn({ '000_wire.txt': wire, '001_blog.md': same }, '001_blog.md', 'time-conflict').length, 1);
  });
});
