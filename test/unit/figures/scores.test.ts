// "a safety score of 63": a number right after "score of" (not a match's "final score of") is a score, one
// figure of the thing scored, so a draft's score with swapped digits is held against it. Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle, reviewArticles } from '../../../server/src/analysis';

function figure(body: string, words: string) {
  const f = analyzeArticle({ path: 'story.txt', text: body }).figures.find((x) => x.text === words);
  assert.ok(f, `no figure "${words}"`);
  return f;
}

describe('figures: scores', () => {
  it('reads the number after "score of" as a score', () => {
    assert.equal(figure('The dam was given a safety score of 63 by the inspectors.', '63').counted, 'score');
    assert.equal(figure('The kitchen had a hygiene score of 71 last year.', '71').counted, 'score');
    assert.notEqual(figure('The club won with a final score of 3 after extra time.', '3').counted, 'score');
  });

  it('leaves "scores of" people as a count of people', () => {
    assert.notEqual(figure('Scores of 40 residents signed the letter.', '40 residents').counted, 'score');
  });

  it('holds a draft score with swapped digits against the sources', () => {
    const files: Record<string, string> = {
      '001_wire.txt': 'Inspectors gave the Marl Lane dam a safety score of 63 in May, officials said.',
      '002_paper.txt': 'The Marl Lane dam received a safety score of 63 at its last inspection.',
      'draft.md': 'The Marl Lane dam was given a safety score of 36 at its last inspection.',
    };
    const analyses = Object.entries(files).map(([p, text]) => analyzeArticle({ path: p, text }));
    const doc = reviewArticles(analyses).documents.find((d) => d.path === 'draft.md');
    assert.deepEqual((doc?.findings ?? []).filter((f) => f.kind === 'figure-conflict').map((f) => f.text), ['36']);
  });
});
