// "| Time (GMT) | Lisbon time | Event |": a column headed with a clock the zone words name is on that
// clock; and a time told "in <place>" for readers there ("That's 09:30 in London") makes no clock of
// the story, so a zone-less local time elsewhere is not read on it to agree. Invented text.
import { strict as assert } from 'node:assert';
import { zonedTableCells } from '../../../server/src/analysis/claims/times/tableZones';
import { findingsIn } from '../findings/review';

describe('times: place clocks in tables and for readers abroad', () => {
  it('reads a column headed "Paris time" on Paris time', () => {
    const table = '| Time (GMT) | Paris time | Event |\n|---|---|---|\n| 07:10 | 08:10 | The ferry leaves |\n';
    const cells = zonedTableCells(table);
    assert.ok(cells.some((c) => c.zone.label === 'Paris time' && table.slice(c.start, c.end).includes('08:10')), JSON.stringify(cells));
  });

  it('does not read a zone-less local time on a clock told only for readers abroad', () => {
    const files = {
      '001_wire.txt': 'DAKAR, Jan 8 (Westwire) - A fishing boat was spotted drifting at 04:50 GMT by a cargo ship off Joal, the navy said. Senegal keeps GMT all year.',
      '002_blog.md': '# Live: boat adrift off Joal\n\n*All times GMT.*\n\n**04:50** - A cargo ship spots the drifting boat off Joal.\n\n**09:20** - 41 people rescued so far. That\'s 10:20 in Paris.\n',
      '003_radio.txt': 'RADIO JOAL - EVENING NEWS\nBroadcast Monday 8 January 2029, 19:00 GMT\n\nPRESENTER: The drifting boat was spotted by a cargo ship at ten to six this morning, off Joal. Forty-one people were rescued.',
      'draft.md': 'A fishing boat was spotted drifting off Joal on Monday.',
    };
    const found = findingsIn(files, '003_radio.txt', 'time-conflict');
    assert.equal(found.length, 1, JSON.stringify(found));
  });
});
