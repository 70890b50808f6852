// A running count told as a floor ("more than 300 claims as of 14:00") fits every moment after the
// count passed it: it does not tie its time to the moment a higher exact count (320) was told.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

describe('time findings: a floor beside an exact count', () => {
  const files = {
    '001_blog.md': '# Storm claims live\n\n*Thursday 6 March 2025 · all times GMT*\n\n**13:10** 📈 **320 storm damage claims** lodged so far, the insurers\' council says. Most are for roofs.\n\n**09:10** Insurers open a hotline for storm damage. It runs all day.\n',
    '002_statement.txt': 'INSURERS COUNCIL STATEMENT\nIssued: 15:00 GMT, Thursday 6 March 2025\n\nAs of 14:00 GMT, more than 300 storm damage claims had been lodged with member firms.',
  };

  it('is not held to the exact count\'s time', () => {
    assert.deepEqual(findingsIn(files, '002_statement.txt', 'time-conflict'), []);
    assert.deepEqual(findingsIn(files, '001_blog.md', 'time-conflict'), []);
  });

  // Told as running totals ("so far", "As of"), the same number may stand still between two readings
  // (round 31: findings/times.ts, runningTotal); told as readings, it ties the times.
  it('the same number on both sides still ties the times, unless both are running totals', () => {
    const same = { ...files, '001_blog.md': files['001_blog.md'].replace('320 storm', '300 storm') };
    assert.equal(findingsIn(same, '002_statement.txt', 'time-conflict').length, 0);
    same['001_blog.md'] = same['001_blog.md'].replace(' lodged so far,', ' lodged,');
    same['002_statement.txt'] = same['002_statement.txt'].replace('As of 14:00 GMT,', 'At 14:00 GMT,');
    assert.equal(findingsIn(same, '002_statement.txt', 'time-conflict').length, 1);
  });
});
