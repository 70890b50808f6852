// One moment told with its minute digits swapped ("reopened at 4.13pm" / "reopened at 4.31pm") is the
// time misreported, though the two lie within the half hour loose tellings share; minutes that are not
// swapped digits stay within it.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const wire = 'KESTON, June 3 (Coastwire) - The Keston road bridge reopened to traffic at 4:31 p.m. on Thursday after a lorry struck its parapet, the county council said.';
const paper = 'Thursday 3 June 2027\n\nThe Keston Echo\n\nThe road bridge over the Wend was reopened to traffic at 4.31pm, three hours after the lorry struck it.';
const draft = (time: string) => `A lorry struck the Keston road bridge on Thursday. The bridge was reopened to traffic at ${time}.`;

describe('time findings: minute digits swapped', () => {
  it('flags a time whose minute digits are the sources\' swapped', () => {
    const found = findingsIn({ '001_wire.txt': wire, '002_paper.txt': paper, 'draft.md': draft('4.13pm') }, 'draft.md', 'time-conflict');
    assert.deepEqual(found.map((f) => f.text), ['4.13pm']);
  });

  it('leaves a time 18 minutes off, digits not swapped, to the half-hour rule', () => {
    assert.deepEqual(findingsIn({ '001_wire.txt': wire, '002_paper.txt': paper, 'draft.md': draft('4.49pm') }, 'draft.md', 'time-conflict'), []);
  });

  it('does not hold an "about" time to its swapped digits', () => {
    assert.deepEqual(findingsIn({ '001_wire.txt': wire, '002_paper.txt': paper, 'draft.md': draft('about 4.13pm') }, 'draft.md', 'time-conflict'), []);
  });
});
