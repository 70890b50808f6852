// Rates published month by month (inflation, unemployment) are told of a month: "August's consumer
// prices index rate of 5.2%", "rose by 4.6% in the 12 months to November", "4.9% in October". Two
// percentages told of two different months are two readings, never one figure misreported, however
// alike their words; told of the same month, a different number is still a conflict.
// Invented articles throughout.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';
import { analyzeArticle } from '../../../server/src/analysis';
import { otherMonths, toldMonth } from '../../../server/src/analysis/alignment/toldMonth';

const figureConflicts = (files: Record<string, string>, path: string) => findingsIn(files, path, 'figure-conflict');

const monthOf = (text: string, value: number) => {
  const a = analyzeArticle({ path: 'x.txt', text });
  const i = a.figures.findIndex((f) => f.value === value);
  assert.ok(i >= 0, `no figure ${value}`);
  return toldMonth(a, i);
};

describe('figure findings: rates told of two months', () => {
  it('reads the month a percentage is told of, before it or after it', () => {
    assert.deepEqual(monthOf('Fares will rise below August\'s consumer prices index rate of 5.2%, the board said.', 5.2), { month: 8 });
    assert.deepEqual(monthOf('The consumer prices index rose by 4.6% in the 12 months to November 2031, the bureau said.', 4.6), { month: 11, year: 2031 });
    assert.deepEqual(monthOf('Jobless claims fell to 6.1% in March, the bureau said.', 6.1), { month: 3 });
    // No month, or a month that belongs to another clause or another figure.
    assert.equal(monthOf('The consumer prices index rose by 4.6%, the bureau said.', 4.6), null);
    assert.equal(monthOf('August\'s figures were late. The rate was 5.2%, the board said.', 5.2), null);
    assert.equal(monthOf('August\'s rate was 3.1% and the core rate 5.2%, the board said.', 5.2), null);
    assert.equal(otherMonths({ month: 8 }, { month: 11, year: 2031 }), true);
    assert.equal(otherMonths({ month: 8, year: 2030 }, { month: 8 }), false);
    assert.equal(otherMonths({ month: 8 }, undefined), false);
  });

  it('does not hold a rate of one month against a rate of another', () => {
    const files = {
      '000_wire.txt': 'Published December 17, 2031\n\nThe Consumer Prices Index (CPI) rose by 4.6% in the 12 months to November 2031, down from 4.9% in the 12 months to October, the statistics bureau said on Wednesday.',
      'draft_fares.md': 'Published December 17, 2031\n\nRegulated fares will rise in March, below August\'s Consumer Prices Index (CPI) inflation rate of 5.2%, the transport board said.',
    };
    assert.deepEqual(figureConflicts(files, 'draft_fares.md'), []);
  });

  it('still flags a rate told of the same month with another number', () => {
    const same = {
      '000_wire.txt': 'Published December 17, 2031\n\nThe Consumer Prices Index (CPI) rose by 4.6% in the 12 months to November 2031, down from 4.9% in the 12 months to October, the statistics bureau said on Wednesday.',
      'draft_fares.md': 'Published December 17, 2031\n\nRegulated fares will rise in March, below November\'s Consumer Prices Index (CPI) inflation rate of 5.2%, the transport board said.',
    };
    const found = figureConflicts(same, 'draft_fares.md');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(found[0].text, '5.2%');
  });
});
