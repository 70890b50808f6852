// "26 km wide" / a table's "| 2020 | 31 km | 19 mi |": a source that states the other side's measure in
// another unit ("By 2020 the crack had reached 31 km") tells two quantities, as it would stating the very
// number: the width is not held to the table's miles through a third source. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const files = {
  '001_wire.txt': 'The slab measures about 44 km (27 miles) from end to end and 26 km (16 miles) at its widest point. The crack was first mapped in 2015. By 2020 it had stretched to 31 km.',
  '002_release.md': '- **Slab:** 44 km long and 26 km across at its widest\n- **Crack:** 31 km long by 2020\n',
  '004_blog.md': 'The slab is 44 km long and 26 km across at the widest point. The crack reached 31 km in 2020.',
  '003_explainer.md': '# The new island of ice\n\nThe slab broke away at its broadest point, the Tarn Polar Unit said. Here is how the crack grew, according to the Tarn Polar Unit:\n\n| Year | Crack length | In miles |\n|---|---|---|\n| 2017 | 12 km | 7.5 mi |\n| 2020 | 31 km | 19 mi |\n',
};

describe('findings: a measure stated in another unit is another quantity', () => {
  it('does not hold the width against the table\'s miles', () => {
    for (const path of ['001_wire.txt', '002_release.md', '004_blog.md']) assert.deepEqual(findingsIn(files, path, 'figure-conflict'), [], path);
    assert.deepEqual(findingsIn(files, '003_explainer.md', 'figure-conflict'), []);
  });
});
