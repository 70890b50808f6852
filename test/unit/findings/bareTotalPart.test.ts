// "Officers arrested 18 people on Friday and 9 on Saturday, 37 in all" in a draft, where the sources
// tell "18 people", "9 arrests" and "27 people": the bare "9" borrows its noun from the part before it,
// which a source tells in other words, so any source's 9 states it, and the misadded total is held
// against the sources' sum, not flagged as a figure no source gives. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const sources = {
  '000_wire.txt': 'KILDARE, June 8 (Northwire) - Gardai said 27 people had been held over the weekend on suspicion of starting the bog fires, 18 of them on Friday.',
  '001_blog.md': '# Live: bog fires\n\n**17:10** Gardai say 9 arrests were made today.\n\n**Friday 21:40** Gardai say 18 people were held today.',
};
const draft = (text: string) => ({ ...sources, 'draft_bog.md': `# Bog fires\n\n${text}` });

describe('findings: a misadded total whose part is a bare number', () => {
  it('holds the total against the sources\' sum', () => {
    const files = draft('Officers arrested 18 people on Friday and 9 on Saturday, 37 in all.');
    assert.deepEqual(findingsIn(files, 'draft_bog.md', 'figure-conflict').map((f) => f.text), ['37']);
    assert.deepEqual(findingsIn(files, 'draft_bog.md', 'unsourced-claim'), []);
  });

  it('leaves the right total alone', () => {
    assert.deepEqual(findingsIn(draft('Officers arrested 18 people on Friday and 9 on Saturday, 27 in all.'), 'draft_bog.md', 'figure-conflict'), []);
  });
});
