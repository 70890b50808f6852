// "Bidding opened at $1.2m at 3:02 p.m." / "15:05 … it's $2m already": the level something opened at
// and the level it moved to minutes later are two quantities, though the same moment (within a quarter
// of an hour) holds both. An opening level is still held to another source's opening level.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

describe('findings: an opening level and a later one', () => {
  const files = {
    '001_wire.txt': 'ORLEY, April 14 (Wirepost) - Bidding for the Marlow violin opened at $1.2 million at 3:02 p.m. EDT and ran for 11 minutes.',
    '002_blog.md': '# LIVE: the Marlow violin sale\n\n*Orley Herald live blog · Tuesday 14 April 2026 · all times EDT*\n\n**15:06** Off we go. Opened at $1.2m a moment ago; it is $2m already.\n',
    'draft_violin.md': '# Violin sells\n\nBidding for the Marlow violin opened at $1.2 million at 3:02 p.m. EDT.',
  };

  it('does not hold the level minutes later against the opening level', () => {
    assert.deepEqual(findingsIn(files, '002_blog.md', 'figure-conflict'), []);
    assert.deepEqual(findingsIn(files, '001_wire.txt', 'figure-conflict'), []);
  });

  it('holds an opening level to the sources\' opening level', () => {
    assert.deepEqual(findingsIn(files, 'draft_violin.md', 'figure-conflict'), []);
    const wrong = { ...files, 'draft_violin.md': files['draft_violin.md'].replace('$1.2 million', '$1.6 million') };
    const found = findingsIn(wrong, 'draft_violin.md', 'figure-conflict');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.match(found[0].text ?? '', /1\.6/);
  });
});
