// A running count told of different parts of one day ("at dawn" / "on Thursday evening") is two
// snapshots, not one quantity told two ways, though no clock time is given.
import { strict as assert } from 'node:assert';
import { analyzeArticle, reviewArticles } from '../../../server/src/analysis';
import { partOfDay } from '../../../server/src/analysis/claims/partOfDay';

function review(files: Record<string, string>): string[] {
  const analyses = Object.entries(files).map(([path, text]) => analyzeArticle({ path, text }));
  return reviewArticles(analyses).documents.flatMap((d) => d.findings.map((f) => `${d.path} ${f.kind}: ${f.text}`));
}

function partAt(text: string, figure: string): string | null {
  const a = analyzeArticle({ path: '001_x.txt', text });
  const f = a.figures.find((x) => x.text === figure);
  assert.ok(f, `no figure ${figure}: ${a.figures.map((x) => x.text).join(' | ')}`);
  return partOfDay(a.text.plain, a.text.sentences[f.sentence].span, f);
}

describe('figures: the part of the day a count is told of', () => {
  it('reads the part of the day in the figure\'s own clause, a starting value\'s clause apart', () => {
    const text = 'Crews said 210 volunteers were searching the river on Thursday evening, up from 120 volunteers at dawn.';
    assert.equal(partAt(text, '210 volunteers'), 'evening');
    assert.equal(partAt(text, '120 volunteers'), 'morning');
    assert.equal(partAt('By mid-afternoon the search had grown to 14 boats.', '14 boats'), 'afternoon');
    assert.equal(partAt('Good evening. We have 14 boats on the river.', '14 boats'), null);
  });

  it('counts at dawn and in the evening of the same day are never held against each other', () => {
    const files = {
      '001_wire.txt': 'RIVERTON, March 12 (Northwire) - Rescue crews said 210 volunteers and 14 boats were searching the river on Thursday evening, up from 120 volunteers and eight boats at dawn.',
      '002_paper.txt': 'Riverton, 12 March 2026 (Valley Post)\n\nAt first light on Thursday we had eight boats and 120 volunteers on the water, the rescue chief said.',
      '003_radio.txt': 'Riverton, 12 March 2026 (River FM)\n\nOn Thursday evening 210 volunteers and 14 boats were on the river, the rescue service said.',
      'draft_search.md': 'By the evening the search had grown to 14 boats and 210 volunteers.',
    };
    assert.deepEqual(review(files), []);
  });

  it('two counts told of the same part of the same day still conflict', () => {
    const files = {
      '001_wire.txt': 'Riverton, 12 March 2026 (Northwire)\n\nRescue crews said 14 boats were searching the river on Thursday evening.',
      '002_paper.txt': 'Riverton, 12 March 2026 (Valley Post)\n\nOn Thursday evening 19 boats were searching the river, rescue crews said.',
    };
    assert.ok(review(files).some((f) => f.includes('figure-conflict')), 'expected a conflict between 14 and 19 boats in the evening');
  });
});
