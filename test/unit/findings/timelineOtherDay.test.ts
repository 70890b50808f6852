// A union's timeline, "Friday 6 November: The council repeats its offer and does not set a date for
// new talks", then "Friday 13 November, 09:30: Negotiating session": its first line and a blog's "A new
// round of talks is set for Friday 13 November" are alike only as whole sentences (no like words around
// the days), and the timeline writes both days out. Its writer tells the two Fridays apart; the first
// is no misdating of the second. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const BLOG = '# Live: refuse strike in Harlow Vale\n\n*Tuesday 10 November 2026*\n\n**16:05** Council leader Tom Hale spoke to reporters. A new round of talks is set for Friday 13 November at 09:30.';

function timeline(later: string): Record<string, string> {
  return {
    '000_union.txt': 'HARLOW VALE REFUSE WORKERS\nPRESS RELEASE\nTuesday 10 November 2026\n\nTIMELINE\n\n' +
      '- Thursday 5 November: The union calls a strike.\n' +
      '- Friday 6 November: The council repeats its offer of 4% and does not set a date for new talks.\n' + later,
    '001_blog.md': BLOG,
  };
}

describe('findings: a timeline that writes both days out', () => {
  it('does not hold its earlier Friday against a source\'s later one told in a like sentence', () => {
    const files = timeline('- Friday 13 November, 09:30: Negotiating session called by the council.\n');
    assert.deepEqual(findingsIn(files, '000_union.txt', 'time-conflict'), []);
  });

  it('still holds it where neither article writes the other\'s day', () => {
    const files = timeline('- Monday 9 November: The union meets members.\n');
    assert.equal(findingsIn(files, '000_union.txt', 'time-conflict').length, 1);
  });
});
