// "rises to €1,250 from €1,120, an increase of almost €180": a change told beside the two ends it
// restates is the writer's arithmetic on them. One that does not add up is those ends misreported,
// against the sources that state both; one that adds up needs no source of its own.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const sources = {
  '001_wire.txt': 'KESTRAVA, May 12 (Wirepost) - The city council of Kestrava voted on Tuesday to raise its monthly housing allowance from €1,120 to €1,250 for families on low incomes, the mayor said.',
  '002_paper.txt': 'Families on low incomes in Kestrava will get a housing allowance of €1,250 a month, up from €1,120, after the city council voted on Tuesday.',
};
const draft = (change: string) =>
  `Kestrava's city council voted on Tuesday to help families on low incomes. Their monthly housing allowance rises to €1,250 from €1,120, an increase of ${change}.`;
const flags = (change: string, kind: 'figure-conflict' | 'unsourced-claim') =>
  findingsIn({ ...sources, 'draft_allowance.md': draft(change) }, 'draft_allowance.md', kind).map((f) => [f.text, f.against.map((e) => e.label).join(',')]);

describe('findings: a change told beside its two ends', () => {
  it('holds a change that does not add up against the sources that state both ends', () => {
    assert.deepEqual(flags('almost €180', 'figure-conflict'), [['almost €180', '001,002']]);
    assert.deepEqual(flags('almost €180', 'unsourced-claim'), []);
  });

  it('takes a change that adds up, told exactly or rounded, as the writer\'s arithmetic', () => {
    for (const change of ['€130', 'about €130']) {
      assert.deepEqual(flags(change, 'figure-conflict'), []);
      assert.deepEqual(flags(change, 'unsourced-claim'), []);
    }
  });
});
