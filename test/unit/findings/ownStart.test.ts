// "44.1 per cent, up from 39.8": a number a source's own sentence states (where the change started) is
// another quantity of it; the other source's figure it disagrees with is the one beside the same words.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

describe('figure findings: a source figure told with its own start', () => {
  it('is held to the figure that differs from it, not to the start it states itself', () => {
    const files = {
      '001_survey.txt': 'Published May 3, 2027\n\nThe share of adults able to swim is 44.1 per cent, up from 39.8.',
      '002_digest.md': 'Published May 3, 2027\n\n| Measure | 2020 | 2025 |\n|---|---|---|\n| Adults able to swim | 39.8% | 45.2% |\n',
    };
    const found = findingsIn(files, '001_survey.txt', 'figure-conflict');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(found[0].text, '44.1 per cent');
    assert.match(found[0].message, /45\.2%/);
  });
});
