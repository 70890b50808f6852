// "a peak of 17 vessels" / "at the peak, we counted nineteen ships": ships and vessels are one count of
// ships, in either word; and "That is the highest since the closure began." tells the count right before
// it is the peak. Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { peakFigures } from '../../../server/src/analysis/alignment/peaks';
import { figureClass } from '../../../server/src/analysis/alignment/figures';
import { findingsIn } from './review';

const peaksOf = (text: string): string[] => {
  const a = analyzeArticle({ path: 'x.md', text });
  return [...peakFigures(a)].map((i) => a.figures[i].text);
};

describe('figures: ships in either word, and a peak told after the count', () => {
  it('files vessels and ships as one class', () => {
    const a = analyzeArticle({ path: 'x.txt', text: 'Seventeen vessels and 12 ships were waiting.' });
    assert.deepEqual(a.figures.map((f) => figureClass(f)), ['count:ship', 'count:ship']);
  });

  it('reads "That is the highest …" as naming the count before it the peak', () => {
    assert.deepEqual(peaksOf('Our count from the pier: 17 trucks queuing at the border. That is the highest since the closure began.'), ['17 trucks']);
    assert.deepEqual(peaksOf('Our count from the pier: 17 trucks queuing at the border. That is the third day of queues.'), []);
  });

  it('holds a radio\'s peak in ships against the wires\' peak in vessels', () => {
    const files = {
      '001_wire.txt': 'GDYNIA, March 5 (Balticwire) - The queue of cargo ships outside the port grew to 17 vessels at its peak on Wednesday, the harbour master said, before the dock strike ended.',
      '002_release.txt': 'PORT OF GDYNIA - STATEMENT\nThursday 5 March 2031\n\nDuring the strike the port recorded a peak of 17 vessels waiting at anchor, on Wednesday.',
      '003_radio.md': '# Transcript: Radio Zatoka, morning show\n\n**Broadcast:** Thursday 5 March 2031\n\nHOST: Out at sea, at the peak yesterday, we counted nineteen ships waiting. The strike is over now.',
      'draft.md': 'The dock strike in Gdynia ended on Thursday.',
    };
    const found = findingsIn(files, '003_radio.md', 'figure-conflict');
    assert.equal(found.length, 1, JSON.stringify(found));
  });
});
