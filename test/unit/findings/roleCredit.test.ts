// A draft credits a quotation by role ("…,” said the transport minister) to the one person it has
// given that role: when the sources credit the words to someone else, that is an attribution
// conflict. A role two people of the draft hold names no one surely. Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle, reviewArticles } from '../../../server/src/analysis';

const wire = 'TALLINGTON, April 3 (Valley Wire) - "The tunnel will open before the winter timetable, not after it," said Rosalind Ashby, chief engineer at Corvane Rail, on Thursday.\n';
const blog = '**14:05** – Rosalind Ashby of Corvane Rail told reporters: "The tunnel will open before the winter timetable, not after it."\n';

function attributions(draft: string): string[] {
  const analyses = [analyzeArticle({ path: '001_wire.txt', text: wire }), analyzeArticle({ path: '002_blog.md', text: blog }), analyzeArticle({ path: 'draft.md', text: draft })];
  const doc = reviewArticles(analyses).documents.find((d) => d.path === 'draft.md');
  return (doc?.findings ?? []).filter((f) => f.kind === 'attribution-conflict').map((f) => f.message);
}

describe('findings: a quotation credited by role to the one person who holds it', () => {
  it('flags "said the transport minister" when the sources credit someone else', () => {
    const draft = 'Transport Minister Edwin Colquhoun, 49, visited the works on Thursday.\n\n"The tunnel will open before the winter timetable, not after it," said the transport minister, who declined to give a date.\n';
    const found = attributions(draft);
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.match(found[0], /Edwin Colquhoun/);
  });

  it('stays silent when two people of the draft are ministers', () => {
    const draft = 'Transport Minister Edwin Colquhoun, 49, and Finance Minister Maud Pellinger visited the works on Thursday.\n\n"The tunnel will open before the winter timetable, not after it," said the minister, who declined to give a date.\n';
    assert.deepEqual(attributions(draft), []);
  });
});
