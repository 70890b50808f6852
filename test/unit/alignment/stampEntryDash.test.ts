// "**3:40 p.m.** — 🚨 The county has issued a flood warning …": "p.m." ends the stamp's sentence, and
// the entry's words are the next sentence's after its dash and emoji. The stamp is about those words,
// so it is linked to the same action told elsewhere (and flagged when posted before it happened).
import { strict as assert } from 'node:assert';
import { findingsIn } from '../findings/review';

const labels = (fs: { against: { label: string }[] }[]) => fs.flatMap((f) => f.against.map((a) => a.label)).sort();

const wire = 'HARWICK, Ohio, May 19 (Wirepost) - The county issued a flood warning for Harwick at 4:25 p.m. CDT on Tuesday, its emergency office said.';
const blog = (entry: string) => `# Harwick flood live\n\nTuesday, May 19, 2026. All times CDT.\n\n**5:10 p.m.** — Sandbags are being handed out at the fire station.\n\n${entry}\n\n**3:15 p.m.** — Rain is getting heavier over the hills.\n`;

describe('alignment: an entry set after a stamp that ends its own sentence', () => {
  it('reads the entry after the dash and emoji as the stamp\'s words', () => {
    const files = { '000_wire.txt': wire, '001_blog.md': blog('**3:40 p.m.** — 🚨 The county has issued a flood warning for Harwick. Move to higher ground now.') };
    assert.deepEqual(labels(findingsIn(files, '001_blog.md', 'time-conflict')), ['000']);
    assert.deepEqual(labels(findingsIn(files, '000_wire.txt', 'time-conflict')), ['001']);
  });

  it('reads the entry after a dash alone too', () => {
    const files = { '000_wire.txt': wire, '001_blog.md': blog('**3:40 p.m.** — The county has issued a flood warning for Harwick. Move to higher ground now.') };
    assert.deepEqual(labels(findingsIn(files, '001_blog.md', 'time-conflict')), ['000']);
  });

  it('leaves a stamp posted after the action alone', () => {
    const files = { '000_wire.txt': wire, '001_blog.md': blog('**4:31 p.m.** — 🚨 The county has issued a flood warning for Harwick. Move to higher ground now.') };
    assert.deepEqual(labels(findingsIn(files, '001_blog.md', 'time-conflict')), []);
    assert.deepEqual(labels(findingsIn(files, '000_wire.txt', 'time-conflict')), []);
  });
});
