// A surname with a lower-case particle ("de Souza", "van der Berg"), named in full earlier, is
// credited after a quotation in either order: "“…,” de Souza said" and "“…,” said Ms van der Berg".
// The particle is not a word of its own before the speaker (claims/quotes/agents.ts). Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

const speakerOf = (text: string, start: string) => analyzeArticle({ path: '001_wire.txt', text }).quotes.find((q) => q.text.includes(start))?.speaker?.key;

describe('quotes: a surname\'s lower-case particle after the quotation', () => {
  it('credits "de Souza said" to the person named in full before', () => {
    const text = 'Port engineer Paulo de Souza said the quay would reopen next month.\n\n"We lost a week to the storm, not a season," de Souza said.';
    assert.equal(speakerOf(text, 'We lost a week'), 'paulo de souza');
  });

  it('credits "said Ms van der Berg" to the person named in full before', () => {
    const text = 'Crossings will resume on Monday, said Karin van der Berg, the manager of the ferry service.\n\n"Every crossing we keep is a town we keep connected," said Ms van der Berg.';
    assert.equal(speakerOf(text, 'Every crossing'), 'karin van der berg');
  });
});
