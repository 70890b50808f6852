// "Libraries in the district will stay shut until 14 April": a draft's deadline written as a day of a
// month that no source dates anything to is unsourced; one a source tells, in any words, is not.
// Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

describe('findings: a deadline day no source gives', () => {
  const source = { '000_release.txt': 'HARBOURTON, Tuesday 3 March 2026 - The river barrier will stay in place until Friday 13 March, the council said on Tuesday.' };

  it('flags "until 14 April" when no source dates anything to it', () => {
    const files = { ...source, 'draft_floods.md': 'The river barrier will stay in place until Friday 13 March. Libraries in the district will stay shut until 14 April.' };
    const found = findingsIn(files, 'draft_floods.md', 'unsourced-claim');
    assert.deepEqual(found.map((f) => f.text), ['until 14 April']);
  });

  it('leaves a deadline a source gives alone', () => {
    const files = { ...source, 'draft_floods.md': 'The river barrier will stay in place until 13 March.' };
    assert.deepEqual(findingsIn(files, 'draft_floods.md', 'unsourced-claim'), []);
  });
});

describe('findings: a planned month no source gives', () => {
  const source = { '000_release.txt': 'HARBOURTON, Tuesday 3 March 2026 - The river barrier will stay in place until Friday 13 March, the council said on Tuesday.' };

  it('flags "would follow in June" when no source tells of June', () => {
    const files = { ...source, 'draft_floods.md': 'The council said a second barrier would follow in June.' };
    assert.deepEqual(findingsIn(files, 'draft_floods.md', 'unsourced-claim').map((f) => f.text), ['June']);
  });

  it('leaves a month a source tells, or one told as past, alone', () => {
    assert.deepEqual(findingsIn({ ...source, 'draft_floods.md': 'The council said a second barrier would follow in March.' }, 'draft_floods.md', 'unsourced-claim'), []);
    assert.deepEqual(findingsIn({ ...source, 'draft_floods.md': 'The first barrier was built in June.' }, 'draft_floods.md', 'unsourced-claim'), []);
  });
});
