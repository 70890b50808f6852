// "1,259 cases per 100,000 residents": the base a count is told per is part of the rate, not a
// count of its own; the same count per another base ("per 10,000") is the base misreported.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from './review';

const source = 'LIMA, April 2 (Wirepost) - Measles cases in the district have reached 842 cases per 100,000 children, ' +
  'far above the alert level of 50 per 100,000, the regional health office said on Thursday.';

describe('figures: a count per a power of ten', () => {
  it('reads no figure in the base ("per 100,000 children", "for every 1,000 births")', () => {
    const texts = analyzeArticle({ path: 'a.txt', text: source }).figures.map((f) => f.text);
    assert.ok(!texts.some((t) => t.includes('100,000')), texts.join(' | '));
    const births = analyzeArticle({ path: 'b.txt', text: 'The district recorded 7 deaths for every 1,000 births last year.' }).figures.map((f) => f.text);
    assert.ok(!births.some((t) => t.includes('1,000')), births.join(' | '));
  });
  it('holds the same count per another base as a conflict, and leaves the base itself unflagged', () => {
    const files = { '001_wire.txt': source, 'draft.md': 'Measles cases in the district have reached 842 cases per 10,000 children, the health office said.' };
    assert.deepEqual(findingsIn(files, 'draft.md', 'figure-conflict').map((f) => f.text), ['842 cases']);
    assert.deepEqual(findingsIn(files, 'draft.md', 'unsourced-claim').map((f) => f.text), []);
  });
  it('lets the same count per the same base agree', () => {
    const files = { '001_wire.txt': source, 'draft.md': 'Measles cases in the district have reached 842 cases per 100,000 children, the health office said.' };
    assert.deepEqual(findingsIn(files, 'draft.md', 'figure-conflict').map((f) => f.text), []);
    assert.deepEqual(findingsIn(files, 'draft.md', 'unsourced-claim').map((f) => f.text), []);
  });
});
