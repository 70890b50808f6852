// "**16:40** 🗣️ Harbour master Ewan Lusk at the quay: “…”": a live blog's entry that names a person
// (and where they are) before a colon, then quotes, gives the quotation to that person; the entry's
// stamp and the marks after it are no part of the naming line. Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

function speakers(text: string): Array<string | null> {
  return analyzeArticle({ path: '001_blog.md', text }).quotes.map((q) => q.speaker?.key ?? null);
}

describe('quotes: a stamped live-blog entry naming its speaker before a colon', () => {
  const tail = ': “Nobody should have been on that pontoon after dark.” He says the inquiry starts on Monday.\n\n**16:10** Crews are still at the scene.\n';

  it('credits the person named after the stamp and an emoji', () => {
    assert.deepEqual(speakers('# Live: harbour fire\n\n**16:40** 🗣️ Harbour master Ewan Lusk at the quay' + tail), ['ewan lusk']);
  });

  it('credits the person named after the stamp and a dash', () => {
    assert.deepEqual(speakers('# Live: harbour fire\n\n**16:40** — Harbour master Ewan Lusk at the quay' + tail), ['ewan lusk']);
  });

  it('credits no one when the line names no person', () => {
    assert.deepEqual(speakers('# Live: harbour fire\n\n**16:40** 🗣️ Overheard at the quay' + tail), [null]);
  });
});
