// A live blog's "Okonjo, speaking to Harbour Radio after the match: “…”" names the speaker before
// the aside and the outlet inside it; "Ade Okonjo, No 11, comes on" names a player by shirt number.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from '../findings/review';

const blog = [
  'Saturday 9 October 2027', '',
  '17:40', 'Okonjo, speaking to Harbour Radio after the match: “I saw the gap and I went for it. I still cannot believe it.”', '',
  '16:58', '71\' Change for Millbrook: Ade Okonjo, No 11, comes on.',
].join('\n');

describe('quotes: a speaker named before ", speaking to …:"', () => {
  it('reads the player named with a shirt number as a person, and the quotation as theirs, said to the outlet', () => {
    const a = analyzeArticle({ path: '002_blog.txt', text: blog });
    assert.ok(a.people.some((p) => p.key === 'ade okonjo'), JSON.stringify(a.people.map((p) => p.key)));
    const q = a.quotes.find((x) => x.text.includes('saw the gap'));
    assert.equal(q?.speaker?.key, 'ade okonjo');
    assert.equal(q?.venue?.text, 'Harbour Radio');
  });

  it('finds the outlet in dispute with a source that has the words said to another', () => {
    const files = {
      '001_wire.txt': 'Substitute Ade Okonjo scored the winner for Millbrook. "I saw the gap and I went for it. I still cannot believe it," Okonjo told Coastline FM.',
      '002_blog.txt': blog,
    };
    assert.equal(findingsIn(files, '002_blog.txt', 'attribution-conflict').length, 1);
    assert.equal(findingsIn(files, '001_wire.txt', 'attribution-conflict').length, 1);
  });

  it('leaves a comma aside without a person alone', () => {
    const a = analyzeArticle({ path: '002_blog.txt', text: 'The club, speaking through its lawyers: “We will appeal the decision at once.”' });
    assert.equal(a.quotes[0]?.speaker ?? null, null);
  });
});
