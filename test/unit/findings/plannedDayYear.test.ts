// A draft with no dateline whose opening paragraphs tell a plan's date ("when the depot shuts on
// 30 April 2029") is not dated by it; and that date, a year slip from the sources' same day told in
// the same words, is the year misreported.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from './review';

const source = 'HALWICK, May 5 (Coastwire) - Orrin Freight said on Tuesday it will close its depot in Halwick, cutting 260 jobs. The last 90 jobs go when the depot shuts on April 30, 2028.\n';
const draft = '# Depot to close\n\n**Orrin Freight will close its Halwick depot, cutting 260 jobs.**\n\nThe cuts will come in two stages, and the last 90 jobs go when the depot shuts on 30 April 2029.\n';

describe('a plan\'s date in a draft\'s opening lines', () => {
  it('does not date the draft', () => {
    assert.equal(analyzeArticle({ path: 'draft_depot.md', text: draft }).dateline, null);
  });
  it('still dates an article from a plain date line', () => {
    const text = '# Depot to close\n\nTuesday 5 May 2026\n\nOrrin Freight will close its Halwick depot on 30 April 2028.\n';
    assert.deepEqual(analyzeArticle({ path: 'draft_depot.md', text }).dateline, { year: 2026, month: 5, day: 5 });
  });
  it('is a year misreported when the sources give that day a year one slip away in the same words', () => {
    const found = findingsIn({ '001_wire.txt': source, 'draft_depot.md': draft }, 'draft_depot.md', 'time-conflict');
    assert.deepEqual(found.map((f) => f.text), ['30 April 2029']);
  });
  it('is not, when a source writes the draft\'s year', () => {
    const files = { '001_wire.txt': source.replace('cutting 260 jobs.', 'cutting 260 jobs, with a new site due in 2029.'), 'draft_depot.md': draft };
    assert.deepEqual(findingsIn(files, 'draft_depot.md', 'time-conflict'), []);
  });
});
