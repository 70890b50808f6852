// "Thirteen of the 15 wards closed this morning will reopen at 12:45 p.m." / a timeline's "9:15 a.m. |
// 15 wards closed": a small count told exactly is counted, not estimated, so "13" and "15" wards (within
// 15% of each other, as one crowd told loosely is) are two counts, a part and its whole, two steps of the
// story; they do not make the two times one moment. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const wire = 'TARRANT, May 5 (Valley Wire) - Thirteen of the 15 wards closed at Tarrant General this morning will reopen at 12:45 p.m., the health board said.';
const blog = [
  '# Tarrant hospital outbreak: what happened',
  '',
  '| Time | What happened |',
  '|---|---|',
  '| 9:15 a.m. | 15 wards closed at Tarrant General |',
].join('\n');

describe('times: two small counts told exactly are two counts', () => {
  it('does not hold "12:45 p.m." (13 wards) against "9:15 a.m." (15 wards)', () => {
    assert.deepEqual(findingsIn({ '000_wire.txt': wire, '001_blog.md': blog }, '000_wire.txt', 'time-conflict'), []);
  });

  it('still holds two times told with the same small count', () => {
    const other = wire.replace('Thirteen of the 15 wards closed at Tarrant General this morning will reopen at 12:45 p.m.', 'Tarrant General reopened 15 wards at 12:45 p.m.');
    const blog2 = blog.replace('15 wards closed at Tarrant General', '15 wards reopened at Tarrant General');
    assert.equal(findingsIn({ '000_wire.txt': other, '001_blog.md': blog2 }, '000_wire.txt', 'time-conflict').length, 1);
  });
});
