// A bullet in a plain-text article ("- Ferry halted at 3:10 p.m.") is a claim like any sentence, and
// a sum converted in brackets ("A$2.4 million ($1.6 million)") is not held against the sources.
import { strict as assert } from 'node:assert';
import { analyzeArticle, reviewArticles } from '../../../server/src/analysis';
import type { Finding, FindingKind } from '../../../server/src/analysis/types';

function found(files: Record<string, string>, path: string, kind: FindingKind): Finding[] {
  const analyses = Object.entries(files).map(([p, text]) => analyzeArticle({ path: p, text }));
  const doc = reviewArticles(analyses).documents.find((d) => d.path === path);
  return (doc?.findings ?? []).filter((f) => f.kind === kind);
}

describe('plain-text bullets and converted sums', () => {
  it('a bullet without a full stop is read for its clock time', () => {
    const a = analyzeArticle({ path: 'blog.txt', text: 'LIVE: Gale shuts the strait\n\nKey points\n- Ferry halted at 3:10 p.m. as the gale rose\n- Two crew treated for cuts\n' });
    assert.deepEqual(a.times.filter((t) => t.granularity === 'clock').map((t) => t.text), ['3:10 p.m.']);
  });

  it('a bullet\'s time conflicts with the same action told 40 minutes later', () => {
    const files = {
      '001_blog.txt': 'LIVE: Gale shuts the strait\n\nKey points\n- Ferry halted at 3:10 p.m. ET Thursday as the gale rose\n- Two crew treated for cuts\n',
      '002_wire.txt': 'PORT ELLIS, Maine - The harbour master stopped the ferry at 3:50 p.m. ET on Thursday as the wind rose.',
    };
    assert.equal(found(files, '002_wire.txt', 'time-conflict').length, 1);
  });

  it('money converted in brackets is not held to a source', () => {
    const files = {
      '001_a.txt': 'The operator put the cost of repairs at about A$2.4 million ($1.6 million), its chief executive said.',
      '002_b.txt': 'The operator puts the cost of repairs at $2.4 million, its chief executive told reporters.',
    };
    assert.deepEqual(found(files, '001_a.txt', 'figure-conflict'), []);
    assert.deepEqual(found(files, '002_b.txt', 'figure-conflict'), []);
  });
});
