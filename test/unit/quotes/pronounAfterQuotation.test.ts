// "Ines Calder, the mayor, said: ¶ “…” ¶ She added: “…”": a paragraph that is only a quotation is
// the speaker's own words, so "she" after it still means the person who introduced it.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

const speakers = (text: string) => analyzeArticle({ path: '001_blog.md', text }).quotes.map((q) => q.speaker?.key ?? null);

describe('quotes: "she added" after a paragraph that is only a quotation', () => {
  it('goes back over the quotation to its speaker', () => {
    assert.deepEqual(
      speakers('Ines Calder, the mayor of Hexley, said:\n\n“We will rebuild every home on this street.”\n\nShe added: “Nobody will be left behind.”'),
      ['ines calder', 'ines calder'],
    );
  });

  it('does not go back over a paragraph that names someone else', () => {
    assert.deepEqual(
      speakers('Ines Calder, the mayor of Hexley, said:\n\n“We will rebuild every home on this street,” the mayor of Hexley promised Tom Rusk.\n\nThe crowd cheered.\n\nShe added: “Nobody will be left behind.”'),
      ['ines calder', null],
    );
  });
});
