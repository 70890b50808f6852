// "'Our crews come first,' he said.": wires and British papers set speech in single marks. In a
// paragraph with no double mark, a single-marked quotation of four words or more is a quotation;
// apostrophes ("don't", "the drivers' pay") and scare quotes ('safe') are not. Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

const quotes = (text: string) => analyzeArticle({ path: '001_wire.txt', text }).quotes.map((q) => [q.text, q.speaker?.key ?? null]);

describe('quotes: speech in single marks', () => {
  it('reads a single-marked quotation and its speaker', () => {
    assert.deepEqual(quotes("Marta Oyelaran, the port's director, spoke at the quay on Friday.\n\nOyelaran said the drivers' pay was not the issue. 'We don't cut corners on safety, whatever the weather,' she said."),
      [["'We don't cut corners on safety, whatever the weather,'", 'marta oyelaran']]);
  });

  it('leaves scare quotes and apostrophes alone', () => {
    assert.deepEqual(quotes("Marta Oyelaran said the crossing was 'Safe' and the drivers' pay fair."), []);
  });
});
