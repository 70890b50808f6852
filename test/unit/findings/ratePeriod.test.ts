// "£4,200 a month" for a sum the sources give as "£4,200 a week" is the stretch misreported: the same
// number, another quantity. Sums told per other stretches are not held against each other.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

describe('figures: a sum told per another stretch of time', () => {
  it('holds the same sum per month against per week', () => {
    const files = {
      '001_wire.txt': 'The new head chef will earn £4,200 a week, the highest wage in the restaurant group, people familiar with the deal said.',
      'draft_chef.md': 'The new head chef will earn £4,200 a month, the highest wage in the restaurant group, according to people familiar with the deal.',
    };
    assert.equal(findingsIn(files, 'draft_chef.md', 'figure-conflict').length, 1);
  });

  it('does not hold a weekly sum against a yearly one, nor the same stretch told alike', () => {
    const files = {
      '001_wire.txt': 'The new head chef will earn £4,200 a week, or about £218,000 a year, people familiar with the deal said.',
      'draft_chef.md': 'The new head chef will earn £4,200 per week, about £218,000 a year before bonuses.',
    };
    assert.deepEqual(findingsIn(files, 'draft_chef.md', 'figure-conflict'), []);
    assert.deepEqual(findingsIn(files, 'draft_chef.md', 'unsourced-claim'), []);
  });
});
