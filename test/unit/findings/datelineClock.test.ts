// A wire datelined in a place writes GMT; the local paper and the club write the wall clock without a
// zone. The dateline's place says which clock that is (UK time, summer time in June), so the two
// can be compared; a dateline naming no known place gives none.
import { strict as assert } from 'node:assert';
import { datelineZone } from '../../../server/src/analysis/claims/times/placeZones';
import { findingsIn } from './review';

const wire = (place: string, time: string) =>
  `${place}, June 12 (Northwire) - Part of the roof of the Kelvinside ice rink collapsed at ${time} GMT on Saturday during a junior training session, the city council said.`;
const paper = 'Saturday 12 June 2027\n\nPart of the roof of the Kelvinside ice rink collapsed at 4.40pm on Saturday during a junior training session, the city council said.';

describe('time findings: the clock of a dateline\'s place', () => {
  it('reads the place a dateline names', () => {
    assert.equal(datelineZone('EDINBURGH, June 12 (Northwire) - The council said'), 'UK time');
    assert.equal(datelineZone('Headline here\n\nTOKYO (AP) — The quake struck'), 'JST');
    assert.equal(datelineZone('GLASGOW – The council has'), 'UK time');
    assert.equal(datelineZone('PRESS RELEASE\nFOR IMMEDIATE RELEASE'), undefined);
  });

  it('reads a dateline below a headline and byline in a file with Windows line ends (\\r\\n is one break)', () => {
    assert.equal(datelineZone('Roof falls in at ice rink\r\n\r\nBy Ann Mercer\r\n\r\nEDINBURGH, June 12 (Northwire) - The council said'), 'UK time');
  });

  it('holds a zone-less local time against the wire\'s GMT on the place\'s clock', () => {
    // 4.40pm in June is 1540 GMT: 1505 GMT is 35 minutes earlier.
    const files = { '001_wire.txt': wire('GLASGOW', '1505'), '002_paper.txt': paper };
    assert.equal(findingsIn(files, '001_wire.txt', 'time-conflict').length, 1);
    assert.equal(findingsIn(files, '002_paper.txt', 'time-conflict').length, 1);
  });

  it('finds them agreeing when the GMT time is the same moment', () => {
    const files = { '001_wire.txt': wire('GLASGOW', '1540'), '002_paper.txt': paper };
    assert.deepEqual(findingsIn(files, '001_wire.txt', 'time-conflict'), []);
    assert.deepEqual(findingsIn(files, '002_paper.txt', 'time-conflict'), []);
  });

  it('reads no clock from a place it does not know', () => {
    const files = { '001_wire.txt': wire('KELVINSIDE', '1505'), '002_paper.txt': paper };
    assert.deepEqual(findingsIn(files, '002_paper.txt', 'time-conflict'), []);
  });
});
