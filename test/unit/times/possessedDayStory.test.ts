// "**12:10** – … For comparison, Monday's 18:00 figures were …": a day in the possessive dates the
// clock time it owns, not the entries of a Tuesday live blog told after it. Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

const days = (text: string) => Object.fromEntries(analyzeArticle({ path: '002_blog.md', text }).times.filter((t) => t.granularity === 'clock').map((t) => [t.text, t.date.day]));

describe('times: a day in the possessive', () => {
  const blog = '# LIVE: Harbourton floods\n\n**Coast Daily** | Live updates, Tuesday 3 March 2026\n\n' +
    '**12:10** – The noon river reading is out: 4.2 metres at the bridge. For comparison, Monday\'s 18:00 reading was 4.6 metres.\n\n' +
    '**11:30** – Volunteers filled sandbags at the depot.\n\n' +
    '**07:10** – The footbridge was closed at 07:00 as planned.';

  it('dates the owned clock time to that day and the later entries to the blog\'s', () => {
    const d = days(blog);
    assert.equal(d['18:00'], 2);
    assert.equal(d['11:30'], 3);
    assert.equal(d['07:00'], 3);
  });
});
