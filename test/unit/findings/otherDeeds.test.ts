// Counts of one kind of thing told with two deeds done to it right after them ("flights were delayed" /
// "flights were cancelled") are two quantities of one day, not one count misreported; one deed in two
// spellings ("cancelled" / "canceled") is one. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

describe('findings: counts told with two deeds', () => {
  it('does not hold flights delayed to flights cancelled on the same day', () => {
    const files = {
      '000_explainer.md': '# Why Merrow airport stopped\n\n*Wednesday, February 4, 2026*\n\nFog closed Merrow airport on Tuesday. Another 1,316 Tuesday flights were delayed, and crews worked through the night.',
      '001_radio.txt': 'MERROW MORNING, Wednesday, February 4, 2026\n\nANNA VOSS: Yesterday, 842 flights were cancelled at Merrow, the tracking site says, and the fog has only just lifted.',
    };
    assert.deepEqual(findingsIn(files, '000_explainer.md', 'figure-conflict').map((f) => f.text), []);
  });

  it('still holds one deed told in two spellings', () => {
    const files = {
      '000_explainer.md': '# Why Merrow airport stopped\n\n*Wednesday, February 4, 2026*\n\nFog closed Merrow airport on Tuesday. Another 824 Tuesday flights were canceled, and crews worked through the night.',
      '001_radio.txt': 'MERROW MORNING, Wednesday, February 4, 2026\n\nANNA VOSS: Yesterday, 842 flights were cancelled at Merrow, the tracking site says, and the fog has only just lifted.',
    };
    assert.equal(findingsIn(files, '000_explainer.md', 'figure-conflict').length, 1);
  });
});
