// A length right after "within" ("Boats are barred within 5 km of the wreck") is the radius of a zone:
// a rule, held only to other limits, not a size or distance measured ("the slick grew to 3.8 km within
// six hours"). Held to each other through the one word "within", they were flagged. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';
import { analyzeArticle } from '../../../server/src/analysis';
import { timeLimit } from '../../../server/src/analysis/alignment/timeLimit';

const conflicts = (files: Record<string, string>, path: string) => findingsIn(files, path, 'figure-conflict').map((f) => f.text);

const notice = 'Harbour notice\n\n- Boats are prohibited within 5 km (3.1 miles) of the wreck.\n- The slipway at Carra is closed.';
const explainer = 'How big is the slick?\n\nWhat worries the coastguard is how quickly it spread: from about 1.1 km to 3.8 km within six hours.';

describe('figure findings: a length told as a radius', () => {
  it('does not hold a zone\'s radius to a length measured', () => {
    const files = { '001_notice.txt': notice, '002_explainer.md': explainer };
    assert.deepEqual(conflicts(files, '001_notice.txt'), []);
    assert.deepEqual(conflicts(files, '002_explainer.md'), []);
  });

  it('reads "within 5 km" as a limit, not "3.8 km within six hours"', () => {
    const limits = (text: string) => { const a = analyzeArticle({ path: 'x.txt', text }); return a.figures.filter((f) => timeLimit(a.text, f)).map((f) => f.text); };
    assert.deepEqual(limits(notice), ['5 km']);
    assert.deepEqual(limits(explainer), []);
  });

  it('still holds two radii of one zone to each other', () => {
    const other = 'Coast News\n\nBoats are prohibited within 8 km of the wreck, the harbour master said.';
    const files = { '001_notice.txt': notice, '003_news.txt': other };
    assert.deepEqual(conflicts(files, '003_news.txt'), ['8 km']);
  });
});
