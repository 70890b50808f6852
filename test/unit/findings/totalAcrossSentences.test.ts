// "The port authority puts its repair bill at €12 million. The council puts its cleanup at €5 million,
// for a combined €19 million": a total whose sentence tells one part adds the part told in the sentence
// right before it; where the sources state both parts and their true sum, the draft's total is that sum
// got wrong (a figure-conflict), not a figure no source gives. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

describe('figure findings: a misadded total of parts told in two sentences', () => {
  const sources: Record<string, string> = {
    '000_wire.txt': 'GALWAY, March 3 (NWR) - The port authority put its repair bill at €12 million after the storm surge, and the council estimated its cleanup at €5 million.\n',
    '001_explainer.md': '# What the surge will cost\n\nThe port authority expects to spend €12 million on repairs. The council\'s cleanup will cost €5 million. Together the two bills come to a total of €17 million.\n',
  };
  const draft = (total: string) => `# Galway counts the cost\n\nThe port authority puts its repair bill at €12 million. The council puts its cleanup at €5 million, for a combined ${total} before insured losses.\n`;

  it('holds the wrong total to the sources\' sum', () => {
    const files = { ...sources, 'draft.md': draft('€19 million') };
    const found = findingsIn(files, 'draft.md', 'figure-conflict');
    assert.deepEqual(found.map((f) => [f.text, f.against.map((a) => a.label)]), [['€19 million', ['001']]]);
    assert.deepEqual(findingsIn(files, 'draft.md', 'unsourced-claim').map((f) => f.text), []);
  });

  it('leaves a right total alone', () => {
    const files = { ...sources, 'draft.md': draft('€17 million') };
    assert.deepEqual([...findingsIn(files, 'draft.md', 'figure-conflict'), ...findingsIn(files, 'draft.md', 'unsourced-claim')].map((f) => f.text), []);
  });
});
