// The same minute with no zone written on either side ("at 22:40 on Friday" / "Sat 22:40 …") is on
// the story's one local clock, so different weekdays beside it put the day in dispute, as with a
// zone written on both sides ("0315 GMT on Saturday" / "0315 GMT Sunday").
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const review = '# How the night unfolded\n\n*By Ana Rees · Harbour Review · Monday 8 March 2027*\n\n| When | What |\n|---|---|\n| Sat 22:40 | A man, 52, arrested in Dunmore on suspicion of arson |\n';

describe('times: weekdays beside one local minute', () => {
  it('a draft that puts the same local minute on another weekday conflicts', () => {
    const draft = (day: string) => `A 52-year-old man was arrested in Dunmore at 22:40 on ${day} on suspicion of arson.`;
    const found = findingsIn({ '001_review.md': review, 'draft_fire.md': draft('Friday') }, 'draft_fire.md', 'time-conflict');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(found[0].against[0].label, '001');
    assert.deepEqual(findingsIn({ '001_review.md': review, 'draft_fire.md': draft('Saturday') }, 'draft_fire.md', 'time-conflict'), []);
  });
});
