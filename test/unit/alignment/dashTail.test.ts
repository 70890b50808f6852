// A dash before a short tail ("Riverside Leisure Centre, Dunmore – capacity 300.") sets off a detail
// of the clause before it, not a clause of its own: the figure's clause and near words reach back
// over it. A dash before a clause of its own still breaks. Invented text.
import { strict as assert } from 'node:assert';
import { clauseAround } from '../../../server/src/analysis/alignment/context';

function clauseOf(sentence: string, claim: string): string {
  const at = sentence.indexOf(claim);
  return sentence.slice(...Object.values(clauseAround(sentence, { start: 0, end: sentence.length }, { start: at, end: at + claim.length })) as [number, number]);
}

describe('alignment: a short tail after a dash', () => {
  it('is part of the clause before the dash', () => {
    assert.equal(clauseOf('Riverside Leisure Centre, Dunmore – capacity 300.', '300'), 'Riverside Leisure Centre, Dunmore – capacity 300.');
    assert.equal(clauseOf('The storm destroyed 40 homes — a record.', '40 homes'), 'The storm destroyed 40 homes — a record.');
  });

  it('still breaks before a clause of its own', () => {
    assert.equal(clauseOf('The storm destroyed 40 homes – crews say 12 more may have to be pulled down.', '12 more'), 'crews say 12 more may have to be pulled down.');
  });
});
