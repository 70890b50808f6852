// Clock times linked by like words, where only one clause tells the thing ending: "Operator directs
// rolling cuts | 4.10pm" and "Rolling cuts ended at 8.25pm" tell the start and the end of one thing,
// two moments, not one moment misreported. Two clauses that both tell it ending still tell one moment.
// Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const others = {
  '003_a.txt': 'The heat in Orrin reached 44C on Monday afternoon, the weather bureau said. Hospitals reported more patients.',
  '004_b.txt': 'Crews worked through the night in Orrin to repair damaged cables, the distributor said.',
  '005_c.txt': 'The minister said the heat relief fund would open on Friday for families in Orrin.',
};
const table = '# Timeline\n\n| Event | ACDT | AEDT |\n|---|---|---|\n| Operator directs rolling cuts | 4.10pm | 4.40pm |\n';
const wire = 'Rolling cuts ended at 8.25pm, but crews were expected to work through the night.';

describe('time findings: a thing starting and ending', () => {
  it('does not hold an end to a start told in like words', () => {
    const files = { '001_table.md': table, '002_wire.txt': wire, ...others };
    assert.deepEqual(findingsIn(files, '002_wire.txt', 'time-conflict').map((f) => f.text), []);
    assert.deepEqual(findingsIn(files, '001_table.md', 'time-conflict').map((f) => f.text), []);
  });

  it('still holds two ends of one thing to each other', () => {
    const ended = '# Timeline\n\n| Event | ACDT | AEDT |\n|---|---|---|\n| Operator ends rolling cuts | 9.40pm | 10.10pm |\n';
    const files = { '001_table.md': ended, '002_wire.txt': wire, ...others };
    assert.deepEqual(findingsIn(files, '002_wire.txt', 'time-conflict').map((f) => f.text), ['8.25pm']);
  });
});
