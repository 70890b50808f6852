// "Officers recovered 12 (twelve) firearms", "three (3) vehicles": a number said again in brackets, as
// police statements and legal papers write it, stands between the number and what it counts. The
// figure counts the noun after the bracket, and the bracket is no figure of its own. Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from '../findings/review';

const figures = (body: string) => analyzeArticle({ path: '001_statement.txt', text: body }).figures.map((f) => [f.text, f.counted]);

describe('figures: a number said again in brackets', () => {
  it('counts the noun after the bracket, in words or numerals', () => {
    assert.deepEqual(figures('Officers recovered 12 (twelve) loaded firearms from the boot.\n'), [['12 (twelve) loaded firearms', 'firearm']]);
    assert.deepEqual(figures('Detectives impounded three (3) vehicles at the depot.\n'), [['three (3) vehicles', 'vehicle']]);
  });

  it('leaves a bracket that says another number, or something else, alone', () => {
    assert.notDeepEqual(figures('Officers recovered 12 (fourteen) firearms.\n')[0], ['12 (fourteen) firearms', 'firearm']);
    assert.deepEqual(figures('Officers recovered 12 (see notes) firearms.\n').map((f) => f[0]).includes('12 (see notes) firearms'), false);
  });

  it('holds the count against another source\'s count of the same things', () => {
    const files = {
      '001_statement.txt': 'The police confirm that officers recovered 12 (twelve) loaded firearms from a car at the Ostra bridge checkpoint on Saturday.\n',
      '002_wire.txt': 'OSTRA, May 4 (Northwire) - Police recovered 14 loaded firearms from a car at the Ostra bridge checkpoint on Saturday, officers said.\n',
    };
    assert.equal(findingsIn(files, '001_statement.txt', 'figure-conflict').length, 1);
  });
});
