// "The queue reached 17 vessels at its peak on Wednesday" where two sources tell a peak of 17 and a
// radio a peak of nineteen ships: the draft repeats the many's side of the sources' own dispute about
// one moment, and is held to the other side too. With no dispute among the sources it stands. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

describe('figures: a draft on the many\'s side of a dispute about one moment', () => {
  const files = {
    '001_wire.txt': 'GDYNIA, March 5 (Balticwire) - The queue of cargo ships outside the port grew to 17 vessels at its peak on Wednesday, the harbour master said, before the dock strike ended.',
    '002_release.txt': 'PORT OF GDYNIA - STATEMENT\nThursday 5 March 2031\n\nDuring the strike the port recorded a peak of 17 vessels waiting at anchor, on Wednesday.',
    '003_radio.md': '# Transcript: Radio Zatoka, morning show\n\n**Broadcast:** Thursday 5 March 2031\n\nHOST: Out at sea, at the peak yesterday, we counted nineteen ships waiting. The strike is over now.',
    'draft.md': 'The dock strike in Gdynia ended on Thursday. The queue of ships reached 17 vessels at its peak on Wednesday.',
  };
  const held = (set: Record<string, string>) => findingsIn(set, 'draft.md', 'figure-conflict').filter((f) => /17/.test(f.text));
  it('holds the draft\'s peak against the one source on the other side', () => {
    const found = held(files);
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.deepEqual(found[0].against?.map((a) => a.label), ['003']);
  });
  it('leaves it alone where the sources agree', () => {
    const agreed = { ...files, '003_radio.md': files['003_radio.md'].replace('nineteen ships', 'seventeen ships') };
    assert.equal(held(agreed).length, 0);
  });
});
