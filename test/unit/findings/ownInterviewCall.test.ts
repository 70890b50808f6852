// "Orla Finch told Kestrel Press by telephone" in a wire dated "(Kestrel Press)", and "told the
// Courier by phone" under a "The Riverton Courier" masthead: each outlet tells of its own call with
// the speaker, who said the same line to both. Told in person to each, the two venues are still
// held against each other (one of them may have taken the line from the other). Invented text only.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const line = '"We had packed for rain, but the river rose two days sooner than anyone said,"';
const wire = (how: string) => `RIVERTON, May 4 (Kestrel Press) - Thirty canoeists were lifted from the flooded Aske valley on Sunday.\n\n${line} Orla Finch told Kestrel Press${how}. She led the group.`;
const paper = (how: string) => `# Canoeists lifted from the Aske\n\n*The Riverton Courier · Monday 5 May*\n\nOrla Finch, who led the group, told the Courier${how}: ${line}`;

describe('attribution: two outlets that each tell of their own call', () => {
  it('does not hold one outlet\'s phone interview against another\'s own', () => {
    const files = { '001_wire.txt': wire(' by telephone from her hotel'), '002_courier.md': paper(' by phone'), 'draft_canoe.md': 'Thirty canoeists were lifted to safety.' };
    assert.deepEqual(findingsIn(files, '001_wire.txt', 'attribution-conflict'), []);
    assert.deepEqual(findingsIn(files, '002_courier.md', 'attribution-conflict'), []);
  });

  it('still holds two own interviews told in person against each other', () => {
    const files = { '001_wire.txt': wire(' at the landing stage'), '002_courier.md': paper(' at the landing stage'), 'draft_canoe.md': 'Thirty canoeists were lifted to safety.' };
    assert.equal(findingsIn(files, '001_wire.txt', 'attribution-conflict').length, 1);
  });
});
