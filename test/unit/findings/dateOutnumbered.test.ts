// One source alone against the others on a day ("the fifteenth of June" / "12 June 2026"): a draft on
// the many's side is held against the odd source, and a source whose words reach only another source at
// its day is held, one step on, against what that source's check holds (as clock times are: heldAgainst).
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const wire = 'TRENTHAM, June 19 (Midland Wire) - Marston Haulage had its operating licence suspended from 12 June 2026 by the Traffic Commissioner for the West Midlands, the regulator said on Friday.';
const radio = 'RADIO TRENT, 19 June 2026\n\nPRESENTER: Marston Haulage had its operating licence suspended from the fifteenth of June by the Traffic Commissioner, our reporter says.';
const notice = 'OFFICE OF THE TRAFFIC COMMISSIONER\nPublic notice, 19 June 2026\n\nOperator: Marston Haulage Ltd. Suspension order in force from 12 June 2026. Vehicles authorised: 42.';

describe('time findings: a day one source alone contradicts', () => {
  it('holds a draft on the many\'s side against the one source alone on its day', () => {
    const draft = 'Marston Haulage had its operating licence suspended from 12 June by the Traffic Commissioner for the West Midlands.';
    const found = findingsIn({ '001_wire.txt': wire, '002_radio.txt': radio, '003_notice.txt': notice, 'draft.md': draft }, 'draft.md', 'time-conflict');
    assert.deepEqual(found.map((f) => f.text), ['12 June']);
    assert.deepEqual(found[0].against.map((e) => e.label), ['002']);
  });

  it('leaves a draft alone in a dispute of one source against one', () => {
    const draft = 'Marston Haulage had its operating licence suspended from 12 June by the Traffic Commissioner for the West Midlands.';
    assert.deepEqual(findingsIn({ '001_wire.txt': wire, '002_radio.txt': radio, 'draft.md': draft }, 'draft.md', 'time-conflict'), []);
  });

  it('leaves a draft alone where two sources write the other day too', () => {
    const draft = 'Marston Haulage had its operating licence suspended from 12 June by the Traffic Commissioner for the West Midlands.';
    const appeal = 'Marston Haulage, 19 June 2026\n\nOur appeal against the order will be heard from 15 June 2026 onwards, the company said.';
    assert.deepEqual(findingsIn({ '001_wire.txt': wire, '002_radio.txt': radio, '003_notice.txt': notice, '004_appeal.txt': appeal, 'draft.md': draft }, 'draft.md', 'time-conflict'), []);
  });
});

describe('time findings: a source held one step on, through a source at its day', () => {
  const wireTold = 'TRENTHAM, June 19 (Midland Wire) - The Trentham lorry firm Marston Haulage had its goods vehicle operator licence suspended from 12 June 2026 by the West Midlands Traffic Commissioner, the regulator said on Friday.';
  const radioTold = 'RADIO TRENT, 19 June 2026\n\nPRESENTER: The Trentham lorry firm had its licence suspended from the fifteenth of June, the regulator said on Friday.';
  const noticeTold = 'OFFICE OF THE TRAFFIC COMMISSIONER\nPublic notice, 19 June 2026\n\nMarston Haulage Ltd: goods vehicle operator licence suspended from 12 June 2026 by the West Midlands Traffic Commissioner.';

  it('holds the notice\'s day against the radio\'s, which only the wire\'s words reach', () => {
    const found = findingsIn({ '001_wire.txt': wireTold, '002_radio.txt': radioTold, '003_notice.txt': noticeTold }, '003_notice.txt', 'time-conflict');
    assert.deepEqual(found.map((f) => [f.text, f.against.map((e) => e.label)]), [['12 June 2026', ['002']]]);
  });

  it('does not hold it where the radio\'s sentence tells the notice\'s day as well (two days, two events)', () => {
    const both = 'RADIO TRENT, 19 June 2026\n\nPRESENTER: The Trentham lorry firm had its licence suspended from the fifteenth of June, three days after its drivers were told of it on 12 June, the regulator said on Friday.';
    const found = findingsIn({ '001_wire.txt': wireTold, '002_radio.txt': both, '003_notice.txt': noticeTold }, '003_notice.txt', 'time-conflict');
    assert.deepEqual(found.map((f) => f.text), []);
  });
});
