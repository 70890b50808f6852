// "Ostby reached 37.2°C at 12:40" / a table's "Ostby 37.6°C 14:10": two readings of a hot afternoon
// that are close but not the same are two moments, so their clock times are not held together.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const blog = '# Heat live\n\n*Tuesday 8 July 2031 · all times CEST*\n\n**12:55** – Ostby reached 37.2°C at 12:40, a new July high for the town.\n\n**09:10** – Forecasters expect a very hot afternoon.';
const table = '# The heat in numbers\n\n*Published Wednesday 9 July 2031*\n\nThe warmest stations on Tuesday:\n\n| Station | Max | Time (CEST) |\n|---|---|---|\n| Ostby | 37.6°C | 14:10 |\n| Harnes | 36.9°C | 15:05 |';

describe('time findings: temperatures that are close are not one moment', () => {
  it('does not hold a reading\'s time against a close reading at another time', () => {
    const files = { '001_blog.md': blog, '002_table.md': table, 'draft.md': '# Heat\n\nIt was hot.' };
    assert.deepEqual(findingsIn(files, '001_blog.md', 'time-conflict'), []);
    assert.deepEqual(findingsIn(files, '002_table.md', 'time-conflict'), []);
  });
});
