// "In Lisburn, Grace Kerrigan said: “…”": a place or a day opening the sentence is an opening phrase,
// not a subject with the speaker in apposition; and "Name, a 44-year-old nurse, told X: “…”" names a
// person by the role after the age.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from '../findings/review';

const speakerOf = (text: string, words: string): string | undefined =>
  analyzeArticle({ path: '001_paper.txt', text }).quotes.find((q) => q.text.includes(words))?.speaker?.key;

describe('quotes: an opening phrase before the speaker', () => {
  it('credits the quotation to the person after "In <place>," or "On <day>,"', () => {
    const lead = 'Porters at the county hospital walked out at dawn.\n';
    assert.equal(speakerOf(`${lead}In Lisburn, Grace Kerrigan said: “We have waited two years for this.”`, 'waited two years'), 'grace kerrigan');
    assert.equal(speakerOf(`${lead}On Friday, Grace Kerrigan said: “We have waited two years for this.”`, 'waited two years'), 'grace kerrigan');
    assert.equal(speakerOf(`${lead}In Lisburn, porter Grace Kerrigan said she “will not go back for less”.`, 'will not go back'), 'grace kerrigan');
    // An opening phrase before a thing speaking leaves the quotation to no person.
    assert.equal(speakerOf(`${lead}On Friday, the trust said: “Services are running as normal.”`, 'running as normal'), undefined);
  });

  it('reads a person from an apposition that gives an age before the role', () => {
    const text = 'Porters walked out at dawn.\nGrace Kerrigan, a 44-year-old ward nurse in Lisburn, told Harbour Radio: “We have waited two years for this.”';
    const a = analyzeArticle({ path: '001_paper.txt', text });
    assert.ok(a.people.some((p) => p.key === 'grace kerrigan'), JSON.stringify(a.people.map((p) => p.key)));
    assert.equal(a.quotes[0]?.speaker?.key, 'grace kerrigan');
    assert.equal(a.quotes[0]?.venue?.text, 'Harbour Radio');
  });

  it('finds a draft\'s quotation said to another outlet than the source says', () => {
    const files = {
      '001_paper.txt': 'Porters walked out at dawn.\nIn Lisburn, porter Grace Kerrigan told the Ulster Ledger: “We have waited two years for this.”',
      'draft_porters.md': 'Porters walked out at dawn.\n\nGrace Kerrigan, a 44-year-old nurse, told Harbour Radio: “We have waited two years for this.”',
    };
    assert.equal(findingsIn(files, 'draft_porters.md', 'attribution-conflict').length, 1);
  });
});
