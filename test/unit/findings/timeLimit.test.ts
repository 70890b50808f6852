// A duration told as a limit or a target ("should be seen within four hours", "the four-hour
// target", "a target of 18 weeks", "95% were seen within four hours") is a rule, not how long
// something took: it is not held against "waited 12 hours". Two limits told differently still
// disagree, and a wait against a wait still does. Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { timeLimit } from '../../../server/src/analysis/alignment/timeLimit';
import { findingsIn } from './review';

function limits(text: string): Array<[string, boolean]> {
  const a = analyzeArticle({ path: 'x.txt', text });
  return a.figures.filter((f) => f.unit === 'duration').map((f) => [f.text, timeLimit(a.text, f)]);
}

const files = {
  '001_wire.txt': 'LEEMOUTH, England, Jan. 9 (Northwire) - Patients at Leemouth General\'s emergency department waited up to 12 hours to be seen on Monday, hospital figures showed.\n',
  '002_paper.md': '# A&E waits at Leemouth\n\nSome patients at Leemouth General\'s emergency department waited 12 hours to be seen on Monday, the trust said.\n',
  '003_blog.md': '# Leemouth hospital: live\n\nPatients in the emergency department at Leemouth General waited as long as 12 hours to be seen on Monday, staff said.\n',
};

describe('figures: a duration told as a limit', () => {
  it('reads targets, limits and duties "within" as limits, and waits as not', () => {
    assert.deepEqual(limits('Patients should be seen within four hours.'), [['four hours', true]]);
    assert.deepEqual(limits('The trust missed the four-hour A&E target again.'), [['four-hour', true]]);
    assert.deepEqual(limits('The NHS has a target of 18 weeks for routine referrals.'), [['18 weeks', true]]);
    assert.deepEqual(limits('Only 58% were seen within four hours.'), [['four hours', true]]);
    assert.deepEqual(limits('Some patients waited 12 hours.'), [['12 hours', false]]);
    assert.deepEqual(limits('Crews arrived within 20 minutes of the call.'), [['20 minutes', false]]);
    assert.deepEqual(limits('The four-hour wait was the longest this year.'), [['four-hour', false]]);
  });

  it('does not hold a limit against how long patients waited', () => {
    const draft = { ...files, 'draft_waits.md': '# Leemouth A&E under strain\n\nPatients at Leemouth General\'s emergency department should be seen within four hours, but on Monday some waited up to 12 hours.\n' };
    assert.deepEqual(findingsIn(draft, 'draft_waits.md', 'figure-conflict'), []);
  });

  it('still holds a wait told wrong', () => {
    const draft = { ...files, 'draft_waits.md': '# Leemouth A&E under strain\n\nPatients at Leemouth General\'s emergency department should be seen within four hours, but on Monday some patients waited 20 hours to be seen.\n' };
    const found = findingsIn(draft, 'draft_waits.md', 'figure-conflict');
    assert.ok(found.some((f) => f.text.includes('20 hours')), JSON.stringify(found));
    assert.ok(!found.some((f) => f.text.includes('four hours')), JSON.stringify(found));
  });
});
