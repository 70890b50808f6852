// Parents speak in school, health and housing stories, named by what they are to a child: "campaign mum
// Nadia Ferro", "father Osric Lemmon". The word names a person as "resident" or "pensioner" does; with
// no other sign the name was no person, and a quotation it introduced had no speaker. Invented text.
import { strict as assert } from 'node:assert';
import { extractPeople } from '../../../server/src/analysis/claims/people';
import { analyzeArticle } from '../../../server/src/analysis';
import { article } from './article';

describe('people: a parent is named by the word before the name', () => {
  it('reads the name after "mum", "dad", "mother" or "father" as a person', () => {
    for (const word of ['mum', 'dad', 'mother', 'father']) {
      const people = extractPeople(article([`Campaign ${word} Osric Lemmon, speaking outside the town hall, was furious.`]));
      assert.deepEqual(people.map((p) => p.key), ['osric lemmon'], word);
    }
  });

  it('gives the quotation after "…, speaking on the steps:" to that parent', () => {
    const text = '**22:58** Campaign mum Nadia Ferro, speaking on the school steps: “We have lost a battle, not the war.” The crowd cheered.\n';
    const quote = analyzeArticle({ path: '001_blog.md', text }).quotes.find((q) => q.text.includes('lost a battle'));
    assert.equal(quote?.speaker?.key, 'nadia ferro');
  });
});
