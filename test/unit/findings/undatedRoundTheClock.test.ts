// A live blog with no date tells "the first lorry … at 1:40 a.m."; a wire tells "the first lorry …
// just after 11 p.m. EST on Saturday". One moment told alike, with the day unknown on one side, is
// read round the clock: about two and a half hours apart, not 21 the other way, so the two disagree.
// Counts alike at the same minute (a snapshot) are not read so: many moments of a day share them.
// Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const wire = 'Published January 12, 2027\n\nCamera footage shows the first lorry reversing into the depot just after 11 p.m. EST on Saturday, the haulier said.';

describe('time findings: a time with no day read round the clock against a dated one', () => {
  it('holds the blog\'s early-morning time to the wire\'s late-evening one', () => {
    const blog = '# Depot raid: live\n\n**9:05 a.m.** Police say CCTV shows the first lorry pulling up at the depot at 1:40 a.m.\n';
    const found = findingsIn({ '001_wire.txt': wire, '002_blog.md': blog }, '002_blog.md', 'time-conflict');
    assert.equal(found.length, 1);
    assert.ok(blog.slice(found[0].span.start, found[0].span.end).includes('1:40'));
  });

  it('leaves a time within the wire\'s reading alone', () => {
    const blog = '# Depot raid: live\n\n**9:05 a.m.** Police say CCTV shows the first lorry pulling up at the depot at 11:10 p.m.\n';
    assert.equal(findingsIn({ '001_wire.txt': wire, '002_blog.md': blog }, '002_blog.md', 'time-conflict').length, 0);
  });

  it('does not read a zoned time of no known day round the clock: its zone places its day', () => {
    // "2342 GMT on Monday" converts 7:42 a.m. on Tuesday; read round the clock it would meet 8.29am
    // and be flagged a second time beside the 7:42 a.m. it converts.
    const wire = 'SINGAPORE, Oct 14 (Wire) - A train broke down at 7:42 a.m. (2342 GMT on Monday) on the Harbour line, the operator said.';
    const paper = 'Published 14 October 2025\n\nThe train broke down at 8.29am on the Harbour line, the operator said.';
    const found = findingsIn({ '001_wire.txt': wire, '002_paper.txt': paper }, '001_wire.txt', 'time-conflict');
    assert.deepEqual(found.map((f) => wire.slice(f.span.start, f.span.end)), ['7:42 a.m.']);
  });
});
