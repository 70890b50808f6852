// "reopened the line at 3:43 p.m. (1343 GMT) following a safety check": a zone-less time with its
// conversion in brackets right after it, the zone written there, is on a clock the article writes as
// firmly as if the zone stood beside it. Held against another source's "15:53 EET" for the same moment
// in like words, it is the reading to the minute that disagrees, and carries the finding; before, it
// was read on a guessed clock, agreed within the half hour, and only its bracket was flagged
// (findings/times.ts, zonePinned). The bracketed time's "following …" names an earlier event
// (findings/otherThingWords.ts), as the first time's does. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const wire = 'VARNA, March 4 (Coastline Wire) - Crews halted the coastal rail line at 11:02 a.m. local time (0902 GMT) and reopened the line at 3:43 p.m. (1343 GMT) following a 10-minute safety check of the points.';
const explainer = '# The rail halt, explained\n\nEngineers ran a safety check of the points and reopened the coastal rail line at 15:53 EET, four hours after the halt.\n';

describe('time findings: a bracketed conversion pins the time before it to a clock', () => {
  it('flags the time before the brackets, not the bracketed conversion', () => {
    const files = { '001_wire.txt': wire, '002_explainer.md': explainer };
    const found = findingsIn(files, '001_wire.txt', 'time-conflict');
    assert.equal(found.length, 1);
    assert.equal(wire.slice(found[0].span.start, found[0].span.end), '3:43 p.m.');
  });

  it('holds the other source\'s time against it too', () => {
    const files = { '001_wire.txt': wire, '002_explainer.md': explainer };
    assert.equal(findingsIn(files, '002_explainer.md', 'time-conflict').length, 1);
  });
});
