// "22% down on last year's 4,730 tonnes" / "down 27% from 4,730 tonnes last year": two percentages told
// as changes on the same exact figure are one change, whatever else their words say; a same number told
// as a change on another figure ("22% below the average of 6,060 tonnes") is another change, and one
// told on no base does not outweigh the change told on the same base.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const wire = 'HOBART, Mar 4 (Southwire) - The state expects growers in the Huon Valley to pick 3,450 tonnes of cherries this season, ' +
  'down 27% from 4,730 tonnes last year and 22% below the ten-year average of 4,420 tonnes, the agriculture department said.';
const release = 'DEPARTMENT OF PRIMARY INDUSTRIES\n\nMEDIA RELEASE\n\nThe Huon Valley crop is forecast at 3,450 tonnes, 27% below the 4,730 tonnes picked last season and 22% below the ten-year average of 4,420 tonnes.';
const trade = '# Cherries short\n\nAgainst the ten-year average, the department sees the Huon Valley 22% down.';

const conflicts = (draft: string) => findingsIn({ '001_wire.txt': wire, '002_release.txt': release, '003_trade.md': trade, 'draft_cherries.md': draft }, 'draft_cherries.md', 'figure-conflict')
  .map((f) => f.text);

describe('figures: a change told on its base', () => {
  it('holds a change on last year\'s figure against the sources\' change on that figure', () => {
    assert.deepEqual(conflicts('The department expects the Huon Valley to pick 3,450 tonnes. Its forecast is 22% down on last year\'s 4,730 tonnes, a blow to packers.'), ['22%']);
  });

  it('leaves the right change on that base alone', () => {
    assert.deepEqual(conflicts('The department expects the Huon Valley to pick 3,450 tonnes. Its forecast is 27% down on last year\'s 4,730 tonnes, a blow to packers.'), []);
  });

  it('holds two sources to each other on a change on the same base', () => {
    const other = release.replace('27% below the 4,730', '24% below the 4,730');
    const found = findingsIn({ '001_wire.txt': wire, '002_release.txt': other }, '002_release.txt', 'figure-conflict').map((f) => f.text);
    assert.deepEqual(found, ['24%']);
  });
});
