// One source alone against the others: each side of the dispute is a finding against the other. A
// source whose figure agrees, in like words, with another source's figure that the other source's own
// check holds against the odd one is held against the odd one too, though its own words reach only the
// source it agrees with (misses41, findings/figures.ts, heldThroughAgreeing). One step only; not where
// the article tells the number twice, nor for a draft.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const conflicts = (files: Record<string, string>, path: string) => findingsIn(files, path, 'figure-conflict');

// 001 and 003 tell the count in 002's words, and their checks hold them against 002's other number;
// 000 tells their number in words of its own that reach 001 and 003 but not 002.
const files = {
  '000_wire.txt': 'Published June 2, 2027\n\nThe county fire service sent 23 crews to the warehouse blaze on the ring road, it said.',
  '001_paper.md': 'Published June 2, 2027\n\nAt the height of the warehouse blaze, 23 crews were working on the ring road site, the county fire service said.',
  '002_radio.txt': 'Published June 2, 2027\n\nAt the height of the warehouse blaze, 27 crews were working on the ring road site, the county fire service told us.',
  '003_blog.md': 'Published June 2, 2027\n\nAt the height of the warehouse blaze on Tuesday, 23 crews were working at the ring road site, according to the county fire service.',
};

describe('figure findings: a source held against the odd source through a source it agrees with', () => {
  it('holds the agreeing source against the odd one its fellow\'s check holds', () => {
    const odd = conflicts(files, '002_radio.txt');
    assert.ok(odd.some((f) => f.text === '27 crews'), JSON.stringify(odd));
    for (const path of ['000_wire.txt', '001_paper.md', '003_blog.md']) {
      const found = conflicts(files, path);
      assert.equal(found.length, 1, path + ' ' + JSON.stringify(found));
      assert.equal(found[0].text, '23 crews');
      assert.ok(found[0].against.some((e) => e.label === '002'), path + ' ' + JSON.stringify(found[0].against));
    }
  });

  it('does not hold a source that tells the number twice, nor one whose number agrees in unlike words', () => {
    const twice = { ...files, '000_wire.txt': 'Published June 2, 2027\n\nThe county fire service sent 23 crews to the warehouse blaze on the ring road, it said. The 23 crews stayed until dawn.' };
    assert.deepEqual(conflicts(twice, '000_wire.txt').filter((f) => f.against.some((e) => e.label === '002')), []);
    const unlike = { ...files, '000_wire.txt': 'Published June 2, 2027\n\nThe county keeps 23 crews on standby each summer, its budget papers show.' };
    assert.deepEqual(conflicts(unlike, '000_wire.txt'), []);
  });
});
