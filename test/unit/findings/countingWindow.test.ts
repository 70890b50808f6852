// A duration told as the first or last stretch of something ("calls in the first 36 hours of the
// blizzard") is the window a count is told within, not how long the thing lasted: it is not held to
// a source's length of the event ("snow fell for about 20 hours"), while a draft that tells that
// length wrongly still is. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

describe('figure findings: a counting window is no length of the event', () => {
  const sources: Record<string, string> = {
    '000_wire.txt': 'HALIFAX, Feb. 3 (NWR) - A blizzard buried Halifax on Monday. Snow fell for about 20 hours before tapering off in the afternoon, the weather office said.\n',
    '001_paper.md': '# Blizzard shuts Halifax\n\nThe storm closed schools across the city. Crews plowed main roads through the night.\n',
  };

  it('does not hold "the first 36 hours" to the snowfall\'s 20 hours', () => {
    const files = { ...sources, 'draft.md': '# Halifax digs out\n\nEmergency Health Services answered 230 calls in the first 36 hours of the blizzard.\n' };
    assert.deepEqual(findingsIn(files, 'draft.md', 'figure-conflict').map((f) => f.text), []);
  });

  it('still holds a wrong length of the snowfall', () => {
    const files = { ...sources, 'draft.md': '# Halifax digs out\n\nSnow fell for about 36 hours before tapering off.\n' };
    assert.equal(findingsIn(files, 'draft.md', 'figure-conflict').length, 1);
  });
});
