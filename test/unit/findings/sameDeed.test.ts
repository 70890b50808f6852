// "More than 75 passengers were evacuated, many of them led along the track by volunteers …" / "By
// 9pm, 68 passengers had been evacuated, a spokeswoman for the operator told reporters …": a count
// of one thing told with the same deed as the verb of its clause is one quantity, though the two
// sentences share little else. A bare participle ("including the 40 passengers evacuated from the
// front carriage") may tell a part, and a report of a count ("were reported") tells no deed.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const source = 'LEEDS, March 3 (Northwire) - A commuter train stalled inside the Marsden tunnel on Tuesday evening after a power failure. ' +
  'By 9pm, 68 passengers had been evacuated, a spokeswoman for the operator told reporters outside Huddersfield station.';

describe('figure findings: counts told with the same deed', () => {
  it('holds a draft\'s count against a source\'s told with the same passive verb', () => {
    const files = {
      '001_wire.txt': source,
      'draft.md': 'More than 75 passengers were evacuated, many of them led along the track by volunteers with torches before the first fire engine reached the tunnel mouth.',
    };
    assert.deepEqual(findingsIn(files, 'draft.md', 'figure-conflict').map((f) => f.text), ['More than 75 passengers']);
  });

  it('does not hold a count against a part of it told with a bare participle', () => {
    const files = {
      '001_wire.txt': 'Including the 40 passengers evacuated from the front carriage, 68 passengers have now been brought out of the Marsden tunnel.',
      'draft.md': 'More than 65 passengers were evacuated, many of them led along the track by volunteers with torches before the first fire engine reached the tunnel mouth.',
    };
    assert.deepEqual(findingsIn(files, 'draft.md', 'figure-conflict').map((f) => f.text), []);
  });

  it('does not hold counts told only as reported against each other', () => {
    const files = {
      '001_wire.txt': 'By 9pm, 68 passengers were reported missing, a spokeswoman for the operator told reporters outside Huddersfield station.',
      'draft.md': 'More than 75 passengers were reported hurt, many of them led along the track by volunteers with torches before the first fire engine reached the tunnel mouth.',
    };
    assert.deepEqual(findingsIn(files, 'draft.md', 'figure-conflict').map((f) => f.text), []);
  });
});
