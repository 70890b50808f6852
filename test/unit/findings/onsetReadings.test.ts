// The story's onset told to the minute: a later moment measured from it ("At 08:15, ten hours after
// the main burst, …") is not the onset; a bullet's mark and "developed" open a timeline's onset; two
// precise readings of the onset minutes apart disagree; a time converted right in brackets is not
// flagged a second time.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const utility = (line: string) => `Tuesday 9 March 2027\n\nWATER BOARD STATEMENT\n\nSupply is back after the failure on the evening of Monday 8 March 2027. Sequence of events:\n\n${line}\n- 23:30 - Supply to the harbour district was shut off.`;
const paper = [
  'Tuesday 9 March 2027', '',
  'At 08:15 on Tuesday, ten hours after the trunk main burst under Dock Road, engineers restored supply to the last homes in the harbour district.', '',
  'The rupture began at 22:58 on Monday, according to a log seen by the paper.',
].join('\n');

describe('time findings: the onset read to the minute', () => {
  it('holds two precise onset readings eleven minutes apart against each other', () => {
    const files = { '001_board.txt': utility('- 22:47 - A leak developed in the trunk main under Dock Road.'), '002_paper.txt': paper };
    assert.equal(findingsIn(files, '002_paper.txt', 'time-conflict').length, 1);
    assert.equal(findingsIn(files, '001_board.txt', 'time-conflict').length, 1);
  });

  it('does not take a time measured from the onset ("ten hours after … burst") for the onset', () => {
    // Read as the onset, 08:15 would be earlier than 22:58 and hide it.
    const files = { '001_board.txt': utility('- 22:47 - A leak developed in the trunk main under Dock Road.'), '002_paper.txt': paper };
    const found = findingsIn(files, '002_paper.txt', 'time-conflict');
    assert.equal(found[0]?.text, '22:58');
  });

  it('leaves onset readings told in round minutes to the half-hour rule', () => {
    const files = { '001_board.txt': utility('- 22:45 - A leak developed in the trunk main under Dock Road.'), '002_paper.txt': paper.replace('22:58', '22:55') };
    assert.deepEqual(findingsIn(files, '002_paper.txt', 'time-conflict'), []);
  });

  it('flags a time and its conversion in brackets once', () => {
    const wire = 'HARWICK, March 9 (Coastwire) - A trunk main burst at 10:47 p.m. (2147 GMT) on Monday, flooding Dock Road, the water board said.';
    const files = { '001_wire.txt': wire, '002_paper.txt': paper.replace('22:58 on Monday', '22:58 CET on Monday') };
    const found = findingsIn(files, '001_wire.txt', 'time-conflict');
    assert.deepEqual(found.map((f) => f.text), ['10:47 p.m.']);
  });
});
