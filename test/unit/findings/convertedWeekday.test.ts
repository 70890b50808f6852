// "11:40 p.m. EST on Saturday (0440 GMT Sunday)": the weekday beside the conversion is the first
// time's weekday carried over midnight, so the bracket tells no day of its own and is the same claim:
// a conflict is flagged once, at the first time. A weekday that does not follow so is still its own
// claim. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const other = 'Published January 12, 2027\n\nCCTV caught the first lorry pulling up at the depot at 0610 GMT on Sunday, police said.';
const wire = (bracket: string) => `Published January 12, 2027\n\nCamera footage shows the first lorry reversing into the depot at 11:40 p.m. EST on Saturday (${bracket}), the haulier said.`;

describe('time findings: a conversion in brackets with the weekday carried over midnight', () => {
  it('flags the first time only', () => {
    const text = wire('0440 GMT Sunday');
    const found = findingsIn({ '001_wire.txt': text, '002_blog.md': other }, '001_wire.txt', 'time-conflict');
    assert.deepEqual(found.map((f) => text.slice(f.span.start, f.span.end)), ['11:40 p.m. EST']);
  });
});
