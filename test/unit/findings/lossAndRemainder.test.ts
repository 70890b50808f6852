// "96,000 homes lost power" in a draft, where the sources tell 152,000 homes losing power and 96,000
// still without it by evening: those still cut off are what is left of the loss, no support for a
// loss of 96,000. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const files = {
  '001_wire.txt': 'HALDEN (Coastwire) - About 152,000 homes lost power at the height of the storm, mostly in the coastal towns, Nordvik Energi said. Later in the day, 96,000 homes were still without power.\n',
  '002_blog.md': 'Nordvik Energi says **96,000** homes in the coastal towns are still without power after the storm crossed the coast, down from a peak of about 152,000.\n',
};

describe('findings: a loss and what is still left of it', () => {
  it('holds "96,000 homes lost power" against the 152,000 that lost it', () => {
    const draft = 'Nordvik Energi said 96,000 homes lost power as the storm crossed the coast, mostly in the coastal towns.\n';
    const found = findingsIn({ ...files, 'draft_storm.md': draft }, 'draft_storm.md', 'figure-conflict');
    assert.equal(found.length, 1, JSON.stringify(found.map((f) => f.message)));
    assert.ok(found[0].message.includes('152,000'), found[0].message);
  });

  it('leaves "96,000 homes were still without power" alone', () => {
    const draft = 'Later in the day, 96,000 homes were still without power, Nordvik Energi said.\n';
    assert.deepEqual(findingsIn({ ...files, 'draft_storm.md': draft }, 'draft_storm.md', 'figure-conflict'), []);
  });
});
