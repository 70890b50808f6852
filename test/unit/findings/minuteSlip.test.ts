// "warned by siren at 02:15" / "the siren went at 02:51": an exact time with its minute digits swapped,
// in the same hour and told with a word in common, is one moment misreported, though the clauses share
// too little to be one event otherwise.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const wire = (time: string) => `HEXLEY, March 3 (Wirepost) - Residents were warned by siren at ${time} that the river had breached its banks, officials said.`;
const paper = (words: string) => `Published 3 March 2030\n\nNeighbours on Mill Lane say ${words} at 02:51, well after water reached the first homes.`;

const conflicts = (files: Record<string, string>) =>
  findingsIn(files, '001_wire.txt', 'time-conflict').map((f) => [f.text, ...f.against.map((e) => e.label)]);

describe('time findings: a minute with its digits swapped', () => {
  it('holds 02:15 against 02:51 when both are told with a word in common', () => {
    assert.deepEqual(conflicts({ '001_wire.txt': wire('02:15'), '002_paper.md': paper('the siren went') }), [['02:15', '002']]);
  });

  it('leaves times with no word in common, or digits not swapped, alone', () => {
    assert.deepEqual(conflicts({ '001_wire.txt': wire('02:15'), '002_paper.md': paper('the pumps stopped') }), []);
    assert.deepEqual(conflicts({ '001_wire.txt': wire('02:17'), '002_paper.md': paper('the siren went') }), []);
  });
});
