// A draft's part of a sum ("€4.1 million in overtime and equipment") that sources tell, one of which tells
// the whole in like words ("€6.4 million, most of it overtime and equipment"): the sources on the draft's
// side state that whole themselves, so they are not at odds with it, and neither is the draft. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

describe('findings: a side that states the other figure itself', () => {
  const sources = {
    '000_wire.txt': 'ASHFORD, Jan. 12 (Coast Wire) - The council put its own cost of the flood clean-up at €6.4 million, most of it overtime and equipment.',
    '001_release.txt': 'ASHFORD COUNCIL\n\nCLEAN-UP BY THE NUMBERS\n\n- €6.4 million estimated cost of the council\'s clean-up, including €4.1 million in overtime and equipment costs and €2.3 million for waste removal.',
    '002_explainer.md': '# What the flood cost Ashford\n\nThe council\'s preliminary estimate of its own clean-up cost is **€6.4 million**:\n\n- €4.1 million for overtime and equipment\n- €2.3 million for waste removal',
  };

  it('does not hold the draft\'s part to the whole', () => {
    const files = { ...sources, 'draft.md': 'The council\'s preliminary estimate of its own clean-up is €4.1 million in overtime and equipment and €2.3 million for waste removal.' };
    assert.deepEqual(findingsIn(files, 'draft.md', 'figure-conflict').map((f) => f.text), []);
  });
});
