// "The tunnel was bored in 1957 and is already scheduled for relining in 2033": the plan word tells the
// later year's plan (the relining), not the first year's, which is a past year held to the sources'
// like any other ("bored in 1975"). Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const source = 'MERRIN, Oct 2 (Coastline News) - The Merrin rail tunnel was closed on Thursday after a section of its brick lining collapsed.\n\nThe brick-lined tunnel was bored in 1975. It is scheduled for relining in 2033, the rail operator said.\n';

describe('years: a past year told before another year\'s plan', () => {
  it('holds the past year to the sources\' though a plan for a later year follows it', () => {
    const draft = '# Rail tunnel shut\n\nThe Merrin rail tunnel was closed on Thursday. The brick-lined tunnel was bored in 1957 and is already scheduled for relining in 2033.\n';
    const found = findingsIn({ '001_wire.txt': source, 'draft_tunnel.md': draft }, 'draft_tunnel.md', 'figure-conflict');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.ok(found[0].message.includes('1975'), found[0].message);
  });

  it('still reads a plan word before the year as the year\'s plan', () => {
    const draft = '# Rail tunnel shut\n\nThe Merrin rail tunnel was closed on Thursday. The brick-lined tunnel is scheduled to be bored again in 1957.\n';
    assert.deepEqual(findingsIn({ '001_wire.txt': source, 'draft_tunnel.md': draft }, 'draft_tunnel.md', 'figure-conflict'), []);
  });
});
