// "peaked at 48,200 at 3:40 a.m. Of those, 30,500 were customers of Valley Power": a source that ties a
// figure's very number (of the same thing) to the clock time of the figure it would be held to tells
// both at that moment, a whole and its part; another source's "30,500 Valley Power customers" at 3:40 is
// that part, not the whole misreported (customers, a crowd, are not spared as two numbers told together). A part told at another number still disagrees. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

describe('figure findings: a part a source ties to the whole\'s clock time in the next sentence', () => {
  const wire = (part: string) => `KAMLOOPS, Feb. 11 (NWR) - The number of customers without power across the valley peaked at 48,200 at 3:40 a.m., the utilities said. Of those, ${part} were customers of Valley Power.\n`;
  const release = 'VALLEY POWER - MEDIA RELEASE\n\nTimeline (all times Pacific)\n\n- 3:40 a.m.: Outages peak at 30,500 Valley Power customers and 48,200 customers across the valley.\n- 9:00 a.m.: Crews from Alberta begin work.\n';

  it('does not hold the release\'s part to the wire\'s whole', () => {
    const files = { '000_wire.txt': wire('30,500'), '001_release.txt': release };
    assert.deepEqual(findingsIn(files, '001_release.txt', 'figure-conflict').map((f) => f.text), []);
  });

  it('still holds a part the wire tells otherwise', () => {
    const files = { '000_wire.txt': wire('33,500'), '001_release.txt': release };
    assert.ok(findingsIn(files, '000_wire.txt', 'figure-conflict').some((f) => f.text === '33,500 were customers'));
  });
});
