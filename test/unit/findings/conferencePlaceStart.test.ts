// A news conference told with its place between the noun and its time ("told a news conference in
// the capital at noon", "a press conference at the ministry at 11:00"), or named by its time ("told
// the ten o'clock press conference"), is keyed as the conference's start like one told right before
// it; a briefing named by its hour ("the 8am briefing") is one of a routine's days and is not.
import { strict as assert } from 'node:assert';
import { eventKeysAt, findingsIn } from './review';

describe('time findings: a news conference told with its place, or named by its time', () => {
  it('keys the start of the conference', () => {
    assert.deepEqual(eventKeysAt('"We will rebuild," Mayor Ines Halvard told a news conference in Ostrava Nova at noon.', 'noon'), ['~begin:conference']);
    assert.deepEqual(eventKeysAt('Speaking at a press conference at the Ministry at 10:00 today, the minister said the levy would stay.', '10:00'),
      ['~begin:conference']);
    assert.deepEqual(eventKeysAt('She told a news conference at the firm\'s Dock Street headquarters, which began at 9 a.m., that no jobs would go.', '9 a.m.'),
      ['~begin:conference']);
    assert.deepEqual(eventKeysAt('Her deputy told the ten o\'clock press conference the levy would stay.', 'ten o\'clock'), ['~begin:conference']);
    assert.deepEqual(eventKeysAt('By the 8am briefing, the toll had reached 12.', '8am'), []);
    assert.deepEqual(eventKeysAt('He left for a press conference in the capital, arriving at 11:00.', '11:00'), []);
  });

  it('holds one source\'s start of the conference against another\'s, both told with its place', () => {
    const paper = 'Tuesday 4 May 2027\n\n"These are hard numbers," Finance Minister Ines Halvard told a news conference in Ostrava Nova at noon.';
    const wire = 'OSTRAVA NOVA, May 4 (Nordpost) - Finance Minister Ines Halvard spoke at a press conference at the statistics office at 10:00 today.';
    assert.equal(findingsIn({ '000_paper.txt': paper, '001_wire.txt': wire }, '000_paper.txt', 'time-conflict').length, 1);
    const same = wire.replace('at 10:00', 'at 12:00');
    assert.deepEqual(findingsIn({ '000_paper.txt': paper, '001_wire.txt': same }, '000_paper.txt', 'time-conflict'), []);
  });
});
