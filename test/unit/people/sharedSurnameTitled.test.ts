// "We spoke to Dr Lena Okafor … “…,” Dr Okafor said." in a live blog that also quotes "spokesman Tunde
// Okafor (no relation)" further down: the titled surname alone is one of the two Okafors, read in order
// (the one named before it), not a third person whose words meet no one's; where both were named
// before it, either may be meant and it stays apart. Invented text (round 51).
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

const blog = [
  'LIVE: Lagoon City floods', '', 'Coast Courier live desk | Updated Friday 9 October 2026, 8:10 p.m.', '',
  '6:20 p.m. We spoke to Dr Lena Okafor, medical director of St Brigid\'s Hospital, outside the emergency ward.', '',
  '“Most of the patients we treated were children or elderly people with no way out,” Dr Okafor said.', '',
  '2:05 p.m. Spokesman Tunde Okafor (no relation to the hospital director) told us: “The pumping stations are running on generators.”', '',
].join('\n');

describe('people: a titled surname two people share', () => {
  it('credits the quotation to the one of them named before it', () => {
    const a = analyzeArticle({ path: '001_blog.txt', text: blog });
    const q = a.quotes.find((x) => x.text.includes('children or elderly'));
    assert.equal(q?.speaker?.key, 'lena okafor');
  });

  it('keeps no third person of the surname alone', () => {
    const a = analyzeArticle({ path: '001_blog.txt', text: blog });
    assert.deepEqual(a.people.map((p) => p.key).filter((k) => k.includes('okafor')).sort(), ['lena okafor', 'tunde okafor']);
  });

  it('credits neither where both were named before it', () => {
    const both = blog.replace('outside the emergency ward.', 'outside the emergency ward, beside spokesman Tunde Okafor.');
    const a = analyzeArticle({ path: '001_blog.txt', text: both });
    const q = a.quotes.find((x) => x.text.includes('children or elderly'));
    assert.notEqual(q?.speaker?.key, 'lena okafor');
    assert.notEqual(q?.speaker?.key, 'tunde okafor');
  });
});
