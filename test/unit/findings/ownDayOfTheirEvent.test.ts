// A release's timeline with "3 April 2025 (Thursday): March provisional totals compiled by the port
// office" and "3 May 2025 (Saturday): April provisional totals to be compiled", against an explainer's
// "Provisional April totals will be compiled by the port office on 3 May": the release tells the
// explainer's day itself, of the same thing, so its 3 April is another month's totals, not that day in
// dispute (round 45). Without the release's own 3 May line, the two days are still held to each other.
// Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const release = (rows: string[]) => [
  'PORT OF VELLMAR – PRESS RELEASE', 'Issued: Tuesday 8 April 2025', '',
  'Container volumes for March rose 6.2 per cent on a year earlier.', '', 'Timeline', '',
  ...rows, '',
].join('\n');
const march = '- 3 April 2025 (Thursday): March provisional totals compiled by the port office.';
const april = '- 3 May 2025 (Saturday): April provisional totals to be compiled by the port office.';
const explainer = [
  '# What the port figures tell us', '', '*Vellmar Gazette · Wednesday 9 April 2025*', '',
  'Container volumes rose 6.2 per cent in March.', '',
  'Provisional April totals will be compiled by the port office on 3 May.', '',
].join('\n');

describe('times: a source that tells the other day itself', () => {
  it('leaves its own other day alone', () => {
    const files = { '000_release.txt': release([march, april]), '001_explainer.md': explainer };
    assert.deepEqual(findingsIn(files, '000_release.txt', 'time-conflict'), []);
  });

  it('still holds the days to each other when it does not', () => {
    const files = { '000_release.txt': release([march]), '001_explainer.md': explainer };
    assert.ok(findingsIn(files, '000_release.txt', 'time-conflict').length > 0);
  });
});
