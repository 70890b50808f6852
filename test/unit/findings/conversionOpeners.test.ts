// "effective 9:30 a.m. (that's 8 a.m. in Toronto, 1 p.m. GMT)": a bracket that opens with "that's",
// "that is" or "or" still converts the time before it for readers elsewhere. The conversion is the
// writer's arithmetic on that time: any conflict is carried by the time before it, once. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const files = {
  '001_blog.md': '*All times NST.*\n\n**10:05 a.m.** The council has closed the harbour road, effective 9:30 a.m. (that\'s 8 a.m. in Toronto, 1 p.m. GMT). Trucks are banned.\n',
  '002_wire.txt': 'The council closed the harbour road at 10 a.m. NST on Friday and banned trucks, a spokesman said.',
};

describe('findings: words that open a bracketed conversion', () => {
  it('flags the time before the bracket, not its conversion', () => {
    const found = findingsIn(files, '001_blog.md', 'time-conflict');
    const text = files['001_blog.md'];
    const flagged = found.map((f) => text.slice(f.span.start, f.span.end));
    assert.ok(!flagged.some((x) => x.includes('Toronto')), JSON.stringify(flagged));
  });
});
