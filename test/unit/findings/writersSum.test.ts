// "The Greens won nine seats and the Liberals took four … the two parties' 13 seats": a count that adds
// up two sourced counts of the same thing told together before it is the writer's arithmetic, neither
// unsourced nor at odds with either part. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const wire = 'HOBART, Mar 9 (Southwire) - The Labor Party won 17 seats. The Greens won nine seats, and the Liberal Party of Ann Roe took four.';
const paper = 'Island Daily\n\nResults: Labor 17 seats, Greens 9 seats, Liberals 4 seats.';

const findings = (draft: string) => {
  const files = { '001_wire.txt': wire, '002_paper.txt': paper, 'draft.md': draft };
  return [...findingsIn(files, 'draft.md', 'unsourced-claim'), ...findingsIn(files, 'draft.md', 'figure-conflict')].map((f) => f.text);
};

describe('figure findings: the writer\'s sum of two sourced counts', () => {
  it('does not flag the sum of two counts told together before it', () => {
    assert.deepEqual(findings('The Greens won nine seats and the Liberals took four. Labor, on 17 seats, needs the 13 seats the two smaller parties hold.'), []);
  });

  it('still flags a count that is no such sum', () => {
    assert.deepEqual(findings('The Greens won nine seats and the Liberals took four. Labor, on 17 seats, needs the 15 seats the two smaller parties hold.'), ['15 seats']);
  });
});
