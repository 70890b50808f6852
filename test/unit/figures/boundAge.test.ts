// "Six of the injured were under 16", "aged under 16": a bound after a partitive count of people, or
// after "aged", is the age of those counted, not a second count of them.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from '../findings/review';

function counted(body: string, words: string): (string | null)[] {
  return analyzeArticle({ path: 'story.txt', text: body }).figures.filter((f) => f.text === words).map((f) => f.counted);
}

describe('figures: an age bound after a count of people', () => {
  it('reads "under 16" and "over 80" told of a partitive count, or after "aged", as ages', () => {
    assert.deepEqual(counted('Five of the passengers hurt were under 12.', 'under 12'), ['year-old']);
    assert.deepEqual(counted('Two of them are over 80, and both are in hospital.', 'over 80'), ['year-old']);
    assert.deepEqual(counted('Nine of the 30 patients were aged over 75.', 'over 75'), ['year-old']);
  });
  it('leaves bounds that count something, or are told of no partitive count', () => {
    assert.deepEqual(counted('Nine of the stalls were under 40 square metres.', 'under 40 square metres'), ['m²']);
    assert.deepEqual(counted('The queues were under 200 people by noon.', 'under 200 people'), ['person']);
    assert.notDeepEqual(counted('Two of the ferries carried over 300 on Sunday.', 'over 300'), ['year-old']);
  });
  it('does not hold the age bound against a count of the injured', () => {
    const files = {
      '001_blog.md': '# LIVE: Coach crash on the A59\n\n*Harrowby Post live desk · all times BST*\n\n**23:40** 🚑 The ambulance service now says **37 people** were hurt in total.\n\n**21:05** 🚑 The coach left Harrowby at 19:30, the operator says.',
      'draft.md': '# Coach crash\n\nThirty-seven people were hurt when a coach overturned on the A59. Of the 37, 12 were taken to hospital. Five of those hurt were under 12.',
    };
    assert.deepEqual(findingsIn(files, 'draft.md', 'figure-conflict').map((f) => f.text), []);
  });
});
