// "nautical" in "62 nautical miles" is part of the unit, not a word saying which distance: read as a
// describing word shared by every distance at sea, it made "flew 62 nautical miles from its base"
// one quantity with "lies about 38 nautical miles west of the port". Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from '../findings/review';

const files = {
  '001_wire.txt': 'PORT ELLIN, May 4 (Coastwire) - A coastguard helicopter flew 55 nautical miles from its base at Carrick and lifted four men from a liferaft, the harbour board said.',
  '002_explainer.md': '# What we know\n\n- The wreck lies about 31 nautical miles south-west of Port Ellin\n- Four men were lifted from a liferaft\n',
};

describe('alignment: the words of a two-word unit are no modifiers', () => {
  it('holds two distances at sea from different places apart', () => {
    for (const path of Object.keys(files)) assert.deepEqual(findingsIn(files, path, 'figure-conflict'), [], path);
  });

  it('still holds one distance told in the same words', () => {
    const more = { ...files, '003_paper.md': '# Rescue at sea\n\nThe helicopter flew 85 nautical miles from its base at Carrick and lifted four men from a liferaft.\n' };
    assert.equal(findingsIn(more, '003_paper.md', 'figure-conflict').length, 1);
  });
});
