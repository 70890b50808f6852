// A transcript's label names a person by surname; a hyphenated given name in the running text
// ("Maro-Tane Haddow") is the whole first name, not its second half.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

describe('quotes: a transcript label and a hyphenated given name', () => {
  it('credits the label to the full hyphenated name', () => {
    const text = 'COAST RADIO - MORNING NEWS\nPresenter: Nina Ross\n\n' +
      'NINA ROSS (PRESENTER): The harbour reopened this morning. Maro-Tane Haddow runs the pilot station.\n\n' +
      'HADDOW: The channel is clear and the first ferry sailed on time.\n\n' +
      'NINA ROSS: Thank you.\n';
    const quote = analyzeArticle({ path: '002_radio.txt', text }).quotes.find((q) => q.text.startsWith('The channel'));
    assert.equal(quote?.speaker?.key, 'maro-tane haddow');
  });
});
