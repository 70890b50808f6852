// "18:05 – Inspector Tomas Brandt of the river police says the barge was “far too heavily loaded”.": a
// live blog's entry opens with its clock time and a dash; the subject, and the speaker, come after them.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

const speakers = (text: string) => analyzeArticle({ path: '001_blog.md', text }).quotes.map((q) => q.speaker?.key ?? null);

describe('quotes: a live blog entry opening with its time stamp', () => {
  it('credits the subject after the stamp', () => {
    assert.deepEqual(speakers('**18:05** – Inspector Tomas Brandt of the river police says the barge was “far too heavily loaded”.'), ['tomas brandt']);
    assert.deepEqual(speakers('18:05 - At the quayside, Inspector Tomas Brandt of the river police says the barge was “far too heavily loaded”.'), ['tomas brandt']);
  });

  it('leaves an entry whose stamp is followed by no person alone', () => {
    assert.deepEqual(speakers('18:05 – Crews say the barge was “far too heavily loaded”.'), [null]);
  });
});
