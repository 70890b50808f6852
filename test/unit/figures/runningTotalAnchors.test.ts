// "The lifeboat lifted two more men off the ledge at 14:20. That makes six rescued of the ten.":
// a running total sums every rescue so far, so it is not the count of the 14:20 rescue. Tied to 14:20,
// it was held against another source's "Two men lifted off by the lifeboat" at 14:20. Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from '../findings/review';

const blog = [
  '# LIVE: Climbers stranded on Carn Dubh',
  '',
  '*Highland Post live team · Saturday 14 March 2026 · all times local*',
  '',
  '**14:45** The Kinloch lifeboat has lifted **two more men** off the sea ledge, at 14:20. That makes six rescued of the ten. Both were unhurt.',
  '',
  '**13:10** A coastguard helicopter has winched four climbers off the ridge at 13:05.',
  '',
].join('\n');

const explainer = [
  '# Carn Dubh rescue: what we know',
  '',
  '*Explainer · Sunday 15 March 2026*',
  '',
  'Ten climbers were stranded on Carn Dubh on Saturday 14 March.',
  '',
  '| Time | What happened |',
  '|---|---|',
  '| Sat 13:05 | Four climbers winched off the ridge |',
  '| Sat 14:20 | Two men lifted off the sea ledge by the Kinloch lifeboat |',
  '',
].join('\n');

describe('figures: a running total ("That makes six rescued") keeps no clock time from the sentence before', () => {
  it('ties "six rescued" to no time', () => {
    const a = analyzeArticle({ path: '001_blog.md', text: blog });
    const i = a.figures.findIndex((f) => f.text === 'six rescued');
    assert.ok(i >= 0, JSON.stringify(a.figures.map((f) => f.text)));
    assert.equal(a.figureAnchors[i], -1);
  });

  it('holds the total against no count of one rescue at that time', () => {
    const files = { '001_blog.md': blog, '002_explainer.md': explainer };
    for (const path of Object.keys(files)) assert.deepEqual(findingsIn(files, path, 'figure-conflict'), [], path);
  });
});
