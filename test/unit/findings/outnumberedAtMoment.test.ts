// A draft that repeats the many's side of a dispute the sources have about one moment is held to the
// other side too, as the sources are held to each other (the project's convention; findings/figures.ts
// outnumberedAtMoment). A source on the draft's side is at odds with the other side either by telling
// the draft's number at that same moment ("the inquiry opened on 4 March 2024 and heard 41 witnesses"
// in two sources, 44 in a third) or in like words ("a peak of 17 vessels" in two sources, a radio's
// "nineteen ships" at the peak). Not where the sources agree, nor for a figure the draft quotes.
// Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const inquiry = (third: string) => ({
  '000_wire.txt': 'LISBURN, June 2 (Wirepost) - The public inquiry into the Marrow Street fire ended on Tuesday. It opened on 4 March 2024 and heard 41 witnesses over 30 sitting days, its chair Helen Ardagh said.',
  '001_blog.md': '# Marrow Street inquiry ends\n\n**10:05** — The inquiry ends today. It opened on 4 March 2024 and heard 41 witnesses over 30 sitting days.',
  '002_radio.txt': `MARROW STREET INQUIRY ENDS\n\nThe public inquiry into the Marrow Street fire ended on Tuesday. ${third}`,
  'draft.md': 'The public inquiry into the Marrow Street fire ended on Tuesday. It opened on 4 March 2024 and heard 41 witnesses over 30 sitting days.',
});

const port = {
  '001_wire.txt': 'GDYNIA, March 5 (Balticwire) - The queue of cargo ships outside the port grew to 17 vessels at its peak on Wednesday, the harbour master said, before the dock strike ended.',
  '002_release.txt': 'PORT OF GDYNIA - STATEMENT\nThursday 5 March 2031\n\nDuring the strike the port recorded a peak of 17 vessels waiting at anchor, on Wednesday.',
  '003_radio.md': '# Transcript: Radio Zatoka, morning show\n\n**Broadcast:** Thursday 5 March 2031\n\nHOST: Out at sea, at the peak yesterday, we counted nineteen ships waiting. The strike is over now.',
  'draft.md': 'The dock strike in Gdynia ended on Thursday. The queue of ships reached 17 vessels at its peak on Wednesday.',
};
const peakHeld = (set: Record<string, string>) => findingsIn(set, 'draft.md', 'figure-conflict').filter((f) => /17/.test(f.text));

describe('findings: a draft on the many\'s side of a dispute the sources have about one moment', () => {
  it('holds the draft to the odd source telling another number of that moment', () => {
    const set = inquiry('It opened on 4 March 2024 and heard 44 witnesses over 30 sitting days.');
    assert.deepEqual(findingsIn(set, '002_radio.txt', 'figure-conflict').map((f) => f.text), ['44 witnesses']);
    assert.deepEqual(findingsIn(set, 'draft.md', 'figure-conflict').map((f) => f.text), ['41 witnesses']);
  });
  it('leaves the draft alone when every source tells its number of that moment', () => {
    const set = inquiry('It opened on 4 March 2024 and heard 41 witnesses over 30 sitting days.');
    assert.deepEqual(findingsIn(set, 'draft.md', 'figure-conflict').map((f) => f.text), []);
  });
  it('holds the draft\'s peak against the one source that tells it otherwise in like words', () => {
    const found = peakHeld(port);
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.deepEqual(found[0].against?.map((a) => a.label), ['003']);
  });
  it('leaves the peak alone where the sources agree', () => {
    const agreed = { ...port, '003_radio.md': port['003_radio.md'].replace('nineteen ships', 'seventeen ships') };
    assert.equal(peakHeld(agreed).length, 0);
  });
  it('leaves a peak the draft quotes alone: the number is the speaker\'s', () => {
    const quoted = { ...port, 'draft.md': 'The dock strike in Gdynia ended on Thursday. "The queue of ships reached 17 vessels at its peak on Wednesday," the harbour master said.' };
    assert.equal(peakHeld(quoted).length, 0);
  });
});
