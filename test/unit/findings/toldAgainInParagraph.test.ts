// A source that says a measure again a few sentences on in the same paragraph ("At the airport we
// measured forty centimetres. … but forty centimetres of snow on a roof is a lot of weight") tells one
// claim: a conflict with another source is flagged where the paragraph first tells it, not again.
// Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

describe('figure findings: a measure a source tells again in its paragraph', () => {
  const files: Record<string, string> = {
    '000_wire.txt': 'OTTAWA, Feb. 9 (NWR) - A late-winter storm closed schools across the city on Monday. The weather office measured 40 centimetres of snow, or about 16 inches, at the airport.\n',
    '001_radio.txt': 'CKQT NEWSTALK - MORNING SHOW\n\nJOANNE PELLETIER: And how much snow are we talking about?\n\nKEVIN ARSENAULT: At the airport we measured forty centimetres. Call it sixteen inches. Uptown was a bit less. People hear sixteen inches and think that is nothing, but forty centimetres of snow on a roof is a lot of weight.\n',
    '002_explainer.md': '# Explainer: the storm that shut Ottawa\n\nAccording to the weather office, snow built up to **46 cm (18 in)** at the airport.\n',
  };

  it('flags the first telling only', () => {
    const found = findingsIn(files, '001_radio.txt', 'figure-conflict');
    assert.deepEqual(found.map((f) => f.span.start), [files['001_radio.txt'].indexOf('forty centimetres')]);
  });

  it('still flags the other sources', () => {
    assert.equal(findingsIn(files, '000_wire.txt', 'figure-conflict').length, 1);
    assert.equal(findingsIn(files, '002_explainer.md', 'figure-conflict').length, 1);
  });
});
