// A draft's small count of people arrested, when no source speaks of arrests at all, is a fact of its
// own: flagged as unsourced though small counts otherwise are not.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const sources = {
  '001_wire.txt': 'Fire crews were called to the Larkspur depot at 0410 GMT on Tuesday. Forty firefighters fought the blaze for six hours, the fire service said.',
  '002_paper.txt': 'A blaze at the Larkspur bus depot destroyed 14 buses early on Tuesday. Police closed Mill Lane while 40 firefighters tackled the flames.',
};

describe('figures: a count of people arrested that no source tells', () => {
  it('flags "three men were arrested" when no source mentions arrests', () => {
    const files = { ...sources, 'draft_fire.md': 'Forty firefighters fought the blaze. Police said three men were arrested near the depot.' };
    const found = findingsIn(files, 'draft_fire.md', 'unsourced-claim');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.ok(files['draft_fire.md'].slice(found[0].span.start, found[0].span.end).startsWith('three men'));
  });

  it('leaves it alone when a source speaks of an arrest in any words', () => {
    const files = {
      ...sources,
      '002_paper.txt': sources['002_paper.txt'] + ' Officers later made an arrest on Mill Lane.',
      'draft_fire.md': 'Forty firefighters fought the blaze. Police said three men were arrested near the depot.',
    };
    assert.deepEqual(findingsIn(files, 'draft_fire.md', 'unsourced-claim'), []);
  });

  it('leaves other small counts alone', () => {
    const files = { ...sources, 'draft_fire.md': 'Forty firefighters fought the blaze. Police said three men were questioned near the depot.' };
    assert.deepEqual(findingsIn(files, 'draft_fire.md', 'unsourced-claim'), []);
  });
});
