// A release's timeline "3 April 2025 (Thursday): March provisional totals compiled by the port office"
// against an explainer's "Provisional April totals will be compiled by the port office on 3 May": each
// clause names the month its totals are of, and the months differ, so the two days are two months'
// totals, each compiled on its own day, not one day in dispute (round 45). The same clauses naming no
// month of their own are still held to each other. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const release = (row: string) => [
  'PORT OF VELLMAR – PRESS RELEASE', 'Issued: Tuesday 8 April 2025', '',
  'Container volumes for March rose 6.2 per cent on a year earlier.', '', 'Timeline', '',
  row, '',
].join('\n');
const explainer = (line: string) => [
  '# What the port figures tell us', '', '*Vellmar Gazette · Wednesday 9 April 2025*', '',
  'Container volumes rose 6.2 per cent in March.', '',
  line, '',
].join('\n');

describe('times: two days of things of two months', () => {
  it('leaves the days of two months\' totals alone', () => {
    const files = {
      '000_release.txt': release('- 3 April 2025 (Thursday): March provisional totals compiled by the port office.'),
      '001_explainer.md': explainer('Provisional April totals will be compiled by the port office on 3 May.'),
    };
    assert.deepEqual(findingsIn(files, '000_release.txt', 'time-conflict'), []);
    assert.deepEqual(findingsIn(files, '001_explainer.md', 'time-conflict'), []);
  });

  it('still holds the days to each other when no month of the thing is named', () => {
    const files = {
      '000_release.txt': release('- 3 April 2025 (Thursday): provisional totals compiled by the port office.'),
      '001_explainer.md': explainer('Provisional totals will be compiled by the port office on 3 May.'),
    };
    assert.ok(findingsIn(files, '000_release.txt', 'time-conflict').length + findingsIn(files, '001_explainer.md', 'time-conflict').length > 0);
  });
});
