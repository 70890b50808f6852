// "up 0.20% on Friday's close" in a draft / "down 0.70% on Friday's close" in a source: a rise and a
// fall measured from one base are two moves of the market, at two moments, not one figure told
// wrongly, however alike the two sentences (findings/changeShare.ts, oppositeChanges). Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const source = [
  '# The Lisbrook exchange outage, explained',
  '',
  'The Lisbrook Composite stood at 52,310 points when the screens went blank at 10:02.',
  '',
  'Shortly after the restart it dipped to 51,940, down 0.70% on Friday\'s close of 52,306, as a backlog of orders hit the market.',
  '',
].join('\n');

describe('figures: a rise and a fall from one base', () => {
  it('does not hold the draft\'s rise against the source\'s fall', () => {
    const files = {
      '001_explainer.md': source,
      'draft_outage.md': '# Outage\n\nThe Lisbrook Composite stood at 52,310 points when the screens went blank, up 0.20% on Friday\'s close of 52,306.\n',
    };
    assert.deepEqual(findingsIn(files, 'draft_outage.md', 'figure-conflict'), []);
  });

  it('still holds a fall against a fall', () => {
    const files = {
      '001_explainer.md': source,
      'draft_outage.md': '# Outage\n\nShortly after the restart the index dipped to 51,940, down 0.20% on Friday\'s close of 52,306.\n',
    };
    assert.equal(findingsIn(files, 'draft_outage.md', 'figure-conflict').length, 1);
  });
});
